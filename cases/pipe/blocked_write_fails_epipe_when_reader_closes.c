#include "pipe.h"

PROBE(.claim     = "A write() blocked on a full pipe fails with EPIPE when the last reader closes "
                   "(SIGPIPE ignored)",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"; write(2) \"ERRORS\"",
      .how       = "The pipe is filled; a child ignoring SIGPIPE writes one more byte and must be "
                   "seen asleep in write(). Both read ends (parent's and child's) close and the "
                   "child's write must return -1/EPIPE (child exit 0).");

static int fd[2];

static int writer(void *arg)
{
    signal(SIGPIPE, SIG_IGN);
    close(fd[0]);
    return write(fd[1], "x", 1) == -1 && errno == EPIPE ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pipe_fill(fd[1]);
    pid_t child = probe_spawn(writer, NULL);
    expect_blocked(child, SYS_write, PROBE_BOUND_MS, "write() to the full pipe");
    SETUP(close(fd[0]));
    expect_child_exit(child, 0, "the blocked writer after the reader closed (0 = EPIPE)");
}
