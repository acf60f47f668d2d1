#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "write() to a full pipe opened O_NONBLOCK fails with EAGAIN instead of blocking",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "The pipe is filled with exactly F_GETPIPE_SZ bytes by a blocking write; with "
                   "O_NONBLOCK set, a child's one-byte write() must fail with EAGAIN at once "
                   "(child exit 0); one that blocks is killed at the bound.");

static int fd[2];

static int writer(void *arg)
{
    return write(fd[1], "x", 1) == -1 && errno == EAGAIN ? 0 : 1;
}

PROBE_BODY
{
    static char full[1 << 20];
    SETUP(pipe(fd));
    long size = SETUP(fcntl(fd[1], F_GETPIPE_SZ));
    if (size > (long)sizeof full)
        probe_error("pipe size %ld larger than expected", size);
    SETUP(write(fd[1], full, size));
    pipe_set_nonblock(fd[1], 1);
    expect_child_exit(probe_spawn(writer, NULL), 0, "the non-blocking writer (0 = EAGAIN)");
}
