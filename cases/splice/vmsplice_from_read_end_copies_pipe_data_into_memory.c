#include "splice.h"
#include <sys/uio.h>

PROBE(.claim     = "vmsplice() on a pipe's read end copies its bytes into the iovecs and "
                   "consumes them",
      .reference = "vmsplice(2) \"DESCRIPTION\" (fd refers to the read end: the data is copied "
                   "into the buffers)",
      .how       = "vmsplice() from a pipe holding \"hello\" into one 5-byte buffer must return 5 "
                   "with \"hello\" in the buffer, and the pipe must then be empty (FIONREAD 0).");

PROBE_BODY
{
    int p[2];
    char buf[6] = "";
    struct iovec iov = { buf, 5 };
    splice_pipe_with(p, "hello");

    EXPECT_EQ(EXPECT_OK(vmsplice(p[0], &iov, 1, 0)), 5, "bytes vmspliced");
    EXPECT_TRUE(memcmp(buf, "hello", 5) == 0, "expected \"hello\" in the buffer; observed \"%s\"", buf);
    EXPECT_EQ(splice_queued(p[0]), 0, "bytes left in the pipe");
}
