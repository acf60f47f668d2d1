#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "open(O_WRONLY) of a FIFO blocks until a reader opens it",
      .reference = "fifo(7) \"DESCRIPTION\"; open(2) \"O_NONBLOCK\"",
      .seed      = "SEED-24",
      .kind      = "corrects",
      .how       = "A child opens the FIFO O_WRONLY; the oracle must see it asleep in open() "
                   "(openat on glibc). The parent opens it O_RDONLY|O_NONBLOCK and the child's "
                   "open must return a descriptor.");

static const char *path;

static int opener(void *arg)
{
    return open(path, O_WRONLY) >= 0 ? 0 : 1;
}

PROBE_BODY
{
    path = fifo_make("fifo", 0600);
    pid_t child = probe_spawn(opener, NULL);
    expect_blocked(child, SYS_OPEN_OF_LIBC, PROBE_BOUND_MS, "open(O_WRONLY) of a readerless FIFO");
    SETUP(open(path, O_RDONLY | O_NONBLOCK));
    expect_child_exit(child, 0, "the writer's open() once a reader opened");
}
