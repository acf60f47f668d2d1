#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "pipe2(O_NONBLOCK) opens both ends non-blocking: an empty read fails with EAGAIN",
      .reference = "pipe(2) \"DESCRIPTION\" (O_NONBLOCK)",
      .how       = "After pipe2(fd, O_NONBLOCK), F_GETFL of each end must include O_NONBLOCK and "
                   "read() of the empty pipe must fail with EAGAIN.");

PROBE_BODY
{
    int fd[2];
    char c;
    SETUP(pipe2(fd, O_NONBLOCK));
    EXPECT_TRUE(EXPECT_OK(fcntl(fd[0], F_GETFL)) & O_NONBLOCK,
                "read end: expected O_NONBLOCK in F_GETFL; observed it clear");
    EXPECT_TRUE(EXPECT_OK(fcntl(fd[1], F_GETFL)) & O_NONBLOCK,
                "write end: expected O_NONBLOCK in F_GETFL; observed it clear");
    EXPECT_ERRNO(read(fd[0], &c, 1), EAGAIN);
}
