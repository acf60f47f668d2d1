#include "splice.h"
#include <sys/uio.h>

PROBE(.claim     = "vmsplice() on a pipe's write end puts the bytes of every iovec into the "
                   "pipe, in order",
      .reference = "vmsplice(2) \"DESCRIPTION\"",
      .how       = "vmsplice() of two iovecs, \"hel\" and \"lo\", into an empty pipe must return 5 "
                   "and the pipe must then read \"hello\".");

PROBE_BODY
{
    int p[2];
    struct iovec iov[2] = { { "hel", 3 }, { "lo", 2 } };
    SETUP(pipe(p));

    EXPECT_EQ(EXPECT_OK(vmsplice(p[1], iov, 2, 0)), 5, "bytes vmspliced");
    splice_expect_bytes(p[0], "hello", "the pipe");
}
