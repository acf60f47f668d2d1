#include "async.h"
#include <poll.h>

PROBE(.claim     = "With F_SETSIG a readable O_ASYNC pipe sends the chosen signal, its siginfo "
                   "naming the descriptor (si_fd) and the event (si_code POLL_IN)",
      .reference = "fcntl(2) \"Managing signals\" (F_SETSIG: \"si_fd ... si_code\")",
      .how       = "SIGRTMIN is blocked; the read end of a pipe gets F_SETOWN(getpid()), "
                   "F_SETSIG SIGRTMIN and O_ASYNC. After one byte is written, a bounded "
                   "sigtimedwait for SIGRTMIN must return it with si_fd the read end and si_code "
                   "POLL_IN.");

PROBE_BODY
{
    int p[2];
    siginfo_t info;
    async_expect_pipe_signal(p, SIGRTMIN, &info);
    EXPECT_EQ(info.si_fd, p[0], "si_fd (the pipe's read end)");
    EXPECT_EQ(info.si_code, POLL_IN, "si_code (POLL_IN = 1)");
}
