#include "pipe.h"

PROBE(.claim     = "write() to a pipe whose read ends are all closed raises SIGPIPE, whose default "
                   "action kills the writer",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"; signal(7) \"Standard signals\"",
      .how       = "The read end is closed; a child with SIGPIPE at its default disposition writes "
                   "one byte and must be killed by SIGPIPE.");

static int fd[2];

static int writer(void *arg)
{
    signal(SIGPIPE, SIG_DFL);
    write(fd[1], "x", 1);
    return 0;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    SETUP(close(fd[0]));
    expect_child_killed_by(probe_spawn(writer, NULL), SIGPIPE, "the writer to a readerless pipe");
}
