#include "pipe.h"

PROBE(.claim     = "Pipes created after fork(), one in each process, are not connected",
      .reference = "pipe(2) \"DESCRIPTION\"; fork(2) \"DESCRIPTION\"",
      .seed      = "SEED-14",
      .kind      = "confirms",
      .how       = "After fork() the child makes its own pipe and writes \"c\" into it, then exits; "
                   "the parent's own pipe, made after the fork, must still be empty (a "
                   "non-blocking read fails with EAGAIN).");

static int child_writes(void *arg)
{
    int mine[2];
    return pipe(mine) == 0 && write(mine[1], "c", 1) == 1 ? 0 : 1;
}

PROBE_BODY
{
    int fd[2];
    char c;
    pid_t child = probe_spawn(child_writes, NULL);
    SETUP(pipe(fd));
    expect_child_exit(child, 0, "the child writing into its own pipe");
    pipe_set_nonblock(fd[0], 1);
    EXPECT_ERRNO(read(fd[0], &c, 1), EAGAIN);
}
