#include "pipe.h"

PROBE(.claim     = "write() to a full pipe blocks until a reader makes room",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-11",
      .kind      = "confirms",
      .how       = "The pipe is filled to capacity; a child writes one more byte and the oracle "
                   "must see it asleep in write(). Reading one page then lets its write complete.");

static int fd[2];

static int writer(void *arg)
{
    return write(fd[1], "x", 1) == 1 ? 0 : 1;
}

PROBE_BODY
{
    static char page[4096];
    SETUP(pipe(fd));
    pipe_fill(fd[1]);
    pid_t child = probe_spawn(writer, NULL);
    expect_blocked(child, SYS_write, PROBE_BOUND_MS, "write() to the full pipe");
    SETUP(read(fd[0], page, sizeof page));
    expect_child_exit(child, 0, "the writer, after a page was read");
}
