#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "A FIFO cannot be truncated: truncate() and ftruncate() fail with EINVAL",
      .reference = "truncate(2) \"ERRORS\" (EINVAL: not a regular file)",
      .how       = "truncate(path, 0) on a FIFO must fail with EINVAL, and so must ftruncate() on "
                   "a descriptor opened O_RDWR on it.");

PROBE_BODY
{
    const char *path = fifo_make("fifo", 0600);
    EXPECT_ERRNO(truncate(path, 0), EINVAL);
    int fd = SETUP(open(path, O_RDWR));
    EXPECT_ERRNO(ftruncate(fd, 0), EINVAL);
}
