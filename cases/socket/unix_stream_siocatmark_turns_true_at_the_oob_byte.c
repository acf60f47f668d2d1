#include "sock.h"
#include <sys/ioctl.h>

PROBE(.claim     = "On a UNIX stream socket SIOCATMARK is 0 while ordinary bytes precede the "
                   "out-of-band byte, and 1 once they are read (a read stops at the mark)",
      .reference = "unix(7); tcp(7) \"SIOCATMARK\" (the same semantics; AF_UNIX since Linux 5.15)",
      .how       = "\"ab\" then out-of-band 'c' are sent. SIOCATMARK on the receiver must be 0; a "
                   "read of up to 8 bytes must stop at the mark with \"ab\"; SIOCATMARK must then "
                   "be 1. SKIP before Linux 5.15 or without CONFIG_AF_UNIX_OOB.",
      .since     = "5.15");

PROBE_BODY
{
    int sv[2];
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "ab", 2, 0));
    sock_send_oob(sv[0], 'c');

    int mark = -1;
    EXPECT_OK(ioctl(sv[1], SIOCATMARK, &mark));
    EXPECT_EQ(mark, 0, "SIOCATMARK with \"ab\" still before the mark");
    char data[8];
    EXPECT_EQ(EXPECT_OK(recv(sv[1], data, sizeof data, MSG_DONTWAIT)), 2,
              "bytes one read returned (it stops at the mark)");
    EXPECT_OK(ioctl(sv[1], SIOCATMARK, &mark));
    EXPECT_EQ(mark, 1, "SIOCATMARK once the ordinary bytes were read");
}
