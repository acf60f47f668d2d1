#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "A new pipe holds 65536 bytes: F_GETPIPE_SZ reports 65536 and exactly that many "
                   "bytes fit before a non-blocking write fails with EAGAIN",
      .reference = "pipe(7) \"Pipe capacity\"",
      .seed      = "SEED-12",
      .kind      = "corrects",
      .how       = "F_GETPIPE_SZ on a fresh pipe must be 65536; then the pipe is filled without "
                   "blocking and the count of bytes accepted must be 65536 too. (Linux default "
                   "since 2.6.11 on 4 KiB pages: 16 pages.)");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    EXPECT_EQ(EXPECT_OK(fcntl(fd[1], F_GETPIPE_SZ)), 65536, "F_GETPIPE_SZ of a new pipe");
    EXPECT_EQ(pipe_fill(fd[1]), 65536, "bytes a new pipe accepts before EAGAIN");
}
