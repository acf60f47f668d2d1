#include "pipe.h"

PROBE(.claim     = "Bytes written to fd[1] come out of fd[0] in the order they were written",
      .reference = "pipe(7) \"DESCRIPTION\"",
      .seed      = "SEED-06 SEED-07",
      .kind      = "confirms",
      .how       = "Three writes (\"abc\", \"defg\", \"hi\") go into fd[1]; one read of fd[0] must "
                   "return the nine bytes \"abcdefghi\" in that order.");

PROBE_BODY
{
    int fd[2];
    char buf[16] = "";
    SETUP(pipe(fd));
    SETUP(write(fd[1], "abc", 3));
    SETUP(write(fd[1], "defg", 4));
    SETUP(write(fd[1], "hi", 2));
    EXPECT_EQ(EXPECT_OK(read(fd[0], buf, sizeof buf)), 9, "bytes read");
    EXPECT_TRUE(memcmp(buf, "abcdefghi", 9) == 0,
                "expected \"abcdefghi\"; observed \"%.9s\"", buf);
}
