#include <sys/select.h>
#include "readiness.h"

PROBE(.claim     = "select() on a descriptor that is not open fails with EBADF (where poll() "
                   "reports POLLNVAL for it)",
      .reference = "select(2) \"ERRORS\" (EBADF: \"An invalid file descriptor was given in one of "
                   "the sets\")",
      .how       = "Make a pipe and close its read end; select() with that number in the read "
                   "set and timeout 0 must fail with EBADF.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    SETUP(close(fd[0]));
    fd_set r;
    FD_ZERO(&r);
    FD_SET(fd[0], &r);
    struct timeval tv = { 0, 0 };
    EXPECT_ERRNO(select(fd[0] + 1, &r, NULL, NULL, &tv), EBADF);
}
