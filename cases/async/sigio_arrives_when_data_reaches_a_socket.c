#include "async.h"
#include "sock.h"

PROBE(.claim     = "A UNIX socket with O_ASYNC and F_SETOWN set to the process sends it SIGIO "
                   "when data arrives",
      .reference = "fcntl(2) \"Managing signals\"; socket(7) \"Signals\" (\"SIGIO ... when an I/O "
                   "event occurs\")",
      .how       = "SIGIO is blocked; one end of a UNIX stream socketpair gets F_SETOWN(getpid()) "
                   "and O_ASYNC. One byte is sent from the other end: a bounded sigtimedwait for "
                   "SIGIO must return it.");

PROBE_BODY
{
    int sv[2];
    siginfo_t info;
    sig_block(SIGIO);
    sock_pair(SOCK_STREAM, sv);
    async_own(sv[1], getpid(), 0);

    SETUP(send(sv[0], "x", 1, 0));
    EXPECT_EQ(sig_wait(SIGIO, PROBE_BOUND_MS, &info), SIGIO, "the signal awaited after the send (SIGIO = 29)");
}
