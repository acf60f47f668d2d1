#include <fcntl.h>
#include "eventfd.h"

PROBE(.claim     = "eventfd() with EFD_CLOEXEC returns a descriptor with FD_CLOEXEC set (and "
                   "without it, one without)",
      .reference = "eventfd(2) \"DESCRIPTION\" (EFD_CLOEXEC)",
      .since     = "2.6.27",
      .how       = "Create one eventfd with EFD_CLOEXEC and one without; fcntl(F_GETFD) must show "
                   "FD_CLOEXEC on the first only.");

PROBE_BODY
{
    int with = EXPECT_OK(SINCE(eventfd(0, EFD_CLOEXEC), EINVAL));
    int without = SETUP(eventfd(0, 0));
    EXPECT_EQ(SETUP(fcntl(with, F_GETFD)) & FD_CLOEXEC, FD_CLOEXEC, "FD_CLOEXEC with EFD_CLOEXEC");
    EXPECT_EQ(SETUP(fcntl(without, F_GETFD)) & FD_CLOEXEC, 0, "FD_CLOEXEC without EFD_CLOEXEC");
}
