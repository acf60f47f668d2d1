#include "pipe.h"

PROBE(.claim     = "A pipe created before fork() connects parent and child: both inherit its ends",
      .reference = "pipe(2) \"DESCRIPTION\"; fork(2) \"DESCRIPTION\"",
      .seed      = "SEED-14",
      .kind      = "confirms",
      .how       = "The parent creates a pipe, writes \"hi\" into it and forks; the child reads its "
                   "inherited read end and exits 0 only if it got \"hi\".");

static int fd[2];

static int child_reads(void *arg)
{
    char buf[2];
    return pipe_read_exact(fd[0], buf, 2) == 0 && memcmp(buf, "hi", 2) == 0 ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    SETUP(write(fd[1], "hi", 2)); /* first, so the child never waits on an empty pipe */
    pid_t child = probe_spawn(child_reads, NULL);
    expect_child_exit(child, 0, "the child reading the inherited pipe (0 = got \"hi\")");
}
