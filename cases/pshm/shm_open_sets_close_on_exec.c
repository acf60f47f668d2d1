#include "pshm.h"

PROBE(.claim     = "shm_open() returns a descriptor with FD_CLOEXEC set",
      .reference = "shm_open(3) \"DESCRIPTION\" (\"The FD_CLOEXEC flag (see fcntl(2)) is set for "
                   "the file descriptor\")",
      .layer     = "libc",
      .how       = "Create an object and read the descriptor's flags with fcntl(F_GETFD): "
                   "FD_CLOEXEC must be set.");

PROBE_BODY
{
    int fd = pshm_create(psem_name("pshm"), 0600, 0);
    int flags = SETUP(fcntl(fd, F_GETFD));
    EXPECT_TRUE(flags & FD_CLOEXEC, "expected FD_CLOEXEC set; observed flags 0x%x", flags);
}
