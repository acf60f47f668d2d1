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
    sig_block(SIGRTMIN);
    sig_block(SIGIO); /* a plain SIGIO sent in its place must not kill the probe */
    SETUP(pipe(p));
    async_own(p[0], getpid(), SIGRTMIN);

    SETUP(write(p[1], "x", 1));
    EXPECT_EQ(sig_wait(SIGRTMIN, PROBE_BOUND_MS, &info), SIGRTMIN, "the signal awaited (SIGRTMIN)");
    EXPECT_EQ(info.si_fd, p[0], "si_fd (the pipe's read end)");
    EXPECT_EQ(info.si_code, POLL_IN, "si_code (POLL_IN = 1)");
}
