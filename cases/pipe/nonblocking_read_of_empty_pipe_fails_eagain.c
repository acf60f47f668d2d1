#include "pipe.h"

PROBE(.claim     = "read() on an empty pipe opened O_NONBLOCK fails with EAGAIN instead of blocking",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "O_NONBLOCK is set on the read end of an empty pipe whose writer is open; "
                   "a child's read() must fail with EAGAIN at once (child exit 0). A read that "
                   "blocks or returns anything else fails the probe.");

static int fd[2];

static int reader(void *arg)
{
    char c;
    return read(fd[0], &c, 1) == -1 && errno == EAGAIN ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pipe_set_nonblock(fd[0], 1);
    expect_child_exit(probe_spawn(reader, NULL), 0, "the non-blocking reader (0 = EAGAIN)");
}
