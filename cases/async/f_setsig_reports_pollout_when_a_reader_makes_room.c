#include "async.h"
#include "pipe.h"
#include <poll.h>

PROBE(.claim     = "An O_ASYNC pipe write end with F_SETSIG signals POLL_OUT, naming itself, when "
                   "a reader makes room in the full pipe",
      .reference = "fcntl(2) \"Managing signals\" (\"output becomes possible\"; si_code POLL_OUT)",
      .how       = "A pipe is filled; its write end gets F_SETOWN(getpid()), F_SETSIG SIGRTMIN "
                   "and O_ASYNC, with SIGRTMIN blocked. Everything is read back: a bounded "
                   "sigtimedwait must return SIGRTMIN with si_fd the write end and si_code "
                   "POLL_OUT.");

PROBE_BODY
{
    int p[2];
    static char drain[1 << 16];
    siginfo_t info;
    sig_block(SIGRTMIN);
    sig_block(SIGIO); /* a plain SIGIO sent in its place must not kill the probe */
    SETUP(pipe(p));
    long full = pipe_fill(p[1]);
    async_own(p[1], getpid(), SIGRTMIN);

    for (long got = 0; got < full;)
        got += SETUP(read(p[0], drain, sizeof drain));
    EXPECT_EQ(sig_wait(SIGRTMIN, PROBE_BOUND_MS, &info), SIGRTMIN, "the signal awaited (SIGRTMIN)");
    EXPECT_EQ(info.si_fd, p[1], "si_fd (the pipe's write end)");
    EXPECT_EQ(info.si_code, POLL_OUT, "si_code (POLL_OUT = 2)");
}
