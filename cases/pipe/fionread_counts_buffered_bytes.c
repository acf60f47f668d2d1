#include "pipe.h"
#include <sys/ioctl.h>

PROBE(.claim     = "ioctl(FIONREAD) on a pipe gives the number of unread bytes in it",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\" (FIONREAD); ioctl_tty(2)",
      .how       = "FIONREAD must say 0 on a new pipe, 5 after writing \"hello\", and 3 after "
                   "reading two of those bytes.");

PROBE_BODY
{
    int fd[2], n = -1;
    char buf[2];
    SETUP(pipe(fd));
    EXPECT_OK(ioctl(fd[0], FIONREAD, &n));
    EXPECT_EQ(n, 0, "FIONREAD of a new pipe");
    SETUP(write(fd[1], "hello", 5));
    EXPECT_OK(ioctl(fd[0], FIONREAD, &n));
    EXPECT_EQ(n, 5, "FIONREAD after writing 5 bytes");
    SETUP(read(fd[0], buf, 2));
    EXPECT_OK(ioctl(fd[0], FIONREAD, &n));
    EXPECT_EQ(n, 3, "FIONREAD after reading 2 of them");
}
