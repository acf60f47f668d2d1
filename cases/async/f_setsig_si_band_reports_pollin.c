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
    sig_block(SIGRTMIN);
    sig_block(SIGIO); /* a plain SIGIO sent in its place must not kill the probe */
    SETUP(pipe(p));
    async_own(p[0], getpid(), SIGRTMIN);

    SETUP(write(p[1], "x", 1));
    EXPECT_EQ(sig_wait(SIGRTMIN, PROBE_BOUND_MS, &info), SIGRTMIN, "the signal awaited (SIGRTMIN)");
    EXPECT_TRUE(info.si_band & POLLIN, "expected POLLIN in si_band; observed si_band 0x%lx",
                (unsigned long)info.si_band);
}
