#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "A new pipe accepts 6544 non-blocking 10-byte writes: 16 pages of 4096 bytes, "
                   "409 whole writes per page, because a write of at most PIPE_BUF is never split",
      .reference = "pipe(7) \"Pipe capacity\", \"PIPE_BUF\"",
      .seed      = "SEED-12",
      .kind      = "corrects",
      .how       = "10-byte writes go into a non-blocking pipe until EAGAIN; the count must be "
                   "16 x 409 = 6544 (not 65536 / 10 = 6553, and unrelated to ulimit -l). The "
                   "per-page packing is Linux kernel behaviour, not a documented promise; the "
                   "probe skips where pages are not 4096 bytes.");

PROBE_BODY
{
    int fd[2], writes = 0;
    SETUP(pipe(fd));
    if (sysconf(_SC_PAGESIZE) != 4096)
        probe_skip("the count depends on 4096-byte pages; this box has %ld-byte pages",
                   sysconf(_SC_PAGESIZE));
    long size = SETUP(fcntl(fd[1], F_GETPIPE_SZ));
    pipe_set_nonblock(fd[1], 1);
    while (write(fd[1], "0123456789", 10) == 10)
        writes++;
    EXPECT_TRUE(writes == 16 * (4096 / 10), "10-byte writes accepted before EAGAIN: expected "
                "6544 (16 pages x 409); observed %d (F_GETPIPE_SZ %ld)", writes, size);
}
