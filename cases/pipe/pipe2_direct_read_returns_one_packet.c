#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "pipe2(O_DIRECT) makes a packet-mode pipe: each write is a packet and a read "
                   "returns at most one packet",
      .reference = "pipe(2) \"DESCRIPTION\" (O_DIRECT, since Linux 3.4)",
      .how       = "Into a pipe2(O_DIRECT) pipe go \"abc\" and \"defgh\" as two writes; two reads "
                   "with a 64-byte buffer must return 3 then 5 bytes, not 8 at once. Skips where "
                   "the kernel rejects O_DIRECT (EINVAL, before 3.4).");

PROBE_BODY
{
    int fd[2];
    char buf[64];
    if (pipe2(fd, O_DIRECT) != 0) {
        if (errno == EINVAL)
            probe_skip("pipe2(O_DIRECT) not supported by this kernel (EINVAL)");
        probe_error("pipe2(O_DIRECT): %s", errno_name(errno));
    }
    SETUP(write(fd[1], "abc", 3));
    SETUP(write(fd[1], "defgh", 5));
    EXPECT_EQ(EXPECT_OK(read(fd[0], buf, sizeof buf)), 3, "bytes of the first read (one packet)");
    EXPECT_EQ(EXPECT_OK(read(fd[0], buf, sizeof buf)), 5, "bytes of the second read");
}
