#include "pipe.h"

PROBE(.claim     = "Data written before the last writer closed is still read, and only then does "
                   "read() return 0",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-10",
      .kind      = "corrects",
      .how       = "\"abc\" is written and the only write end closed; read() must return the 3 "
                   "bytes \"abc\", and the next read() 0 (end of file).");

PROBE_BODY
{
    int fd[2];
    char buf[8];
    SETUP(pipe(fd));
    SETUP(write(fd[1], "abc", 3));
    SETUP(close(fd[1]));
    EXPECT_EQ(EXPECT_OK(read(fd[0], buf, sizeof buf)), 3, "bytes read after the writer closed");
    EXPECT_TRUE(memcmp(buf, "abc", 3) == 0, "expected \"abc\"; observed \"%.3s\"", buf);
    EXPECT_EQ(EXPECT_OK(read(fd[0], buf, sizeof buf)), 0, "the next read (end of file)");
}
