#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "open(O_RDONLY) of a FIFO blocks until a writer opens it",
      .reference = "fifo(7) \"DESCRIPTION\"; open(2) \"O_NONBLOCK\"",
      .seed      = "SEED-24",
      .kind      = "corrects",
      .how       = "A child opens the FIFO O_RDONLY; the oracle must see it asleep in open() "
                   "(openat on glibc). The parent then opens the write end (O_WRONLY|O_NONBLOCK "
                   "succeeds since a reader is there) and the child's open must return a descriptor.");

static const char *path;

static int opener(void *arg)
{
    return open(path, O_RDONLY) >= 0 ? 0 : 1;
}

PROBE_BODY
{
    path = fifo_make("fifo", 0600);
    pid_t child = probe_spawn(opener, NULL);
    expect_blocked(child, SYS_OPEN_OF_LIBC, PROBE_BOUND_MS, "open(O_RDONLY) of a writerless FIFO");
    SETUP(open(path, O_WRONLY | O_NONBLOCK));
    expect_child_exit(child, 0, "the reader's open() once a writer opened");
}
