#include "async.h"

PROBE(.claim     = "A pipe read end with O_ASYNC and F_SETOWN set to the process sends it SIGIO "
                   "when data is written",
      .reference = "fcntl(2) \"Managing signals\" (F_SETOWN, O_ASYNC: \"a signal is generated "
                   "when input or output becomes possible\")",
      .how       = "SIGIO is blocked; the read end of an empty pipe gets F_SETOWN(getpid()) and "
                   "O_ASYNC. One byte is written: a bounded sigtimedwait for SIGIO must return "
                   "it.");

PROBE_BODY
{
    int p[2];
    siginfo_t info;
    sig_block(SIGIO);
    SETUP(pipe(p));
    async_own(p[0], getpid(), 0);

    SETUP(write(p[1], "x", 1));
    EXPECT_EQ(sig_wait(SIGIO, PROBE_BOUND_MS, &info), SIGIO, "the signal awaited after the write (SIGIO = 29)");
}
