#include "async.h"
#include "sock.h"

PROBE(.claim     = "With F_SETSIG a UDP socket with O_ASYNC sends the chosen signal when a "
                   "datagram arrives, naming the socket in si_fd with si_code POLL_IN",
      .reference = "fcntl(2) \"Managing signals\" (F_SETSIG); socket(7) \"Signals\"",
      .how       = "SIGRTMIN is blocked; a UDP socket on 127.0.0.1 gets F_SETOWN(getpid()), "
                   "F_SETSIG SIGRTMIN and O_ASYNC. A datagram is sent to it: a bounded "
                   "sigtimedwait must return SIGRTMIN with si_fd the socket and si_code POLL_IN.");

PROBE_BODY
{
    struct sockaddr_storage at;
    socklen_t len;
    siginfo_t info;
    sig_block(SIGRTMIN);
    sig_block(SIGIO); /* a plain SIGIO sent in its place must not kill the probe */
    int rx = sock_loopback(AF_INET, SOCK_DGRAM, &at, &len);
    int tx = SETUP(sock_connect_to(AF_INET, SOCK_DGRAM, &at, len));
    async_own(rx, getpid(), SIGRTMIN);

    SETUP(send(tx, "x", 1, 0));
    EXPECT_EQ(sig_wait(SIGRTMIN, PROBE_BOUND_MS, &info), SIGRTMIN, "the signal awaited (SIGRTMIN)");
    EXPECT_EQ(info.si_fd, rx, "si_fd (the receiving socket)");
    EXPECT_EQ(info.si_code, POLL_IN, "si_code (POLL_IN = 1)");
}
