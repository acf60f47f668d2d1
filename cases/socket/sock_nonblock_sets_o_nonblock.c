#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "socket() with SOCK_NONBLOCK in the type gives a socket with O_NONBLOCK set",
      .reference = "socket(2) \"DESCRIPTION\" (SOCK_NONBLOCK)",
      .how       = "socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK) must succeed with O_NONBLOCK in "
                   "fcntl(F_GETFL), and a recv() on it (nothing queued) must fail with EAGAIN at "
                   "once.");

PROBE_BODY
{
    char c;
    int s = EXPECT_OK(socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0));

    EXPECT_EQ(fcntl(s, F_GETFL) & O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK in the file status flags");
    EXPECT_ERRNO(recv(s, &c, 1, 0), EAGAIN);
}
