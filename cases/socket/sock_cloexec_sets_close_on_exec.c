#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "socket() with SOCK_CLOEXEC in the type gives a descriptor with FD_CLOEXEC set",
      .reference = "socket(2) \"DESCRIPTION\" (SOCK_CLOEXEC)",
      .how       = "socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC) must succeed and fcntl(F_GETFD) "
                   "on it must show FD_CLOEXEC; a plain socket() beside it must not.");

PROBE_BODY
{
    int with = EXPECT_OK(socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0));
    int plain = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));

    EXPECT_EQ(fcntl(with, F_GETFD) & FD_CLOEXEC, FD_CLOEXEC, "FD_CLOEXEC with SOCK_CLOEXEC");
    EXPECT_EQ(fcntl(plain, F_GETFD) & FD_CLOEXEC, 0, "FD_CLOEXEC without it");
}
