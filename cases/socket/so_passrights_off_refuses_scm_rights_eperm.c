#include "sock.h"

PROBE(.claim     = "A UNIX socket whose receiver turned SO_PASSRIGHTS off refuses descriptors: "
                   "sendmsg with SCM_RIGHTS to it fails with EPERM",
      .reference = "unix(7) \"SO_PASSRIGHTS\" (Linux 6.16); commit \"af_unix: Introduce SO_PASSRIGHTS.\"",
      .how       = "The receiving end of a stream socket pair sets SO_PASSRIGHTS to 0; sending one "
                   "byte with a pipe's descriptor attached must fail with EPERM, and nothing must "
                   "arrive. SKIP before Linux 6.16 (the option is unknown: ENOPROTOOPT).",
      .since     = "6.16");

PROBE_BODY
{
    int sv[2], p[2], off = 0;
    sock_pair(SOCK_STREAM, sv);
    SETUP(pipe(p));
    EXPECT_OK(SINCE(setsockopt(sv[1], SOL_SOCKET, SO_PASSRIGHTS, &off, sizeof off), ENOPROTOOPT));

    EXPECT_ERRNO(sock_send_fd(sv[0], p[0]), EPERM);
    char c;
    EXPECT_ERRNO(recv(sv[1], &c, 1, MSG_DONTWAIT), EAGAIN);
}
