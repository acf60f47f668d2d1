#include "async.h"
#include <poll.h>

PROBE(.claim     = "The siginfo of an F_SETSIG signal for a readable pipe carries POLLIN in si_band",
      .reference = "fcntl(2) \"Managing signals\" (F_SETSIG: si_band \"the same values as "
                   "poll(2) revents\"); sigaction(2) \"The siginfo_t argument\" (SIGIO/SIGPOLL)",
      .how       = "SIGRTMIN is blocked; the read end of a pipe gets F_SETOWN(getpid()), "
                   "F_SETSIG SIGRTMIN and O_ASYNC. After one byte is written, the SIGRTMIN "
                   "dequeued by sigtimedwait must have POLLIN set in si_band.");

PROBE_BODY
{
    int p[2];
    siginfo_t info;
    async_expect_pipe_signal(p, SIGRTMIN, &info);
    EXPECT_TRUE(info.si_band & POLLIN, "expected POLLIN in si_band; observed si_band 0x%lx",
                (unsigned long)info.si_band);
}
