#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "open(O_RDONLY|O_NONBLOCK) of a FIFO with no writer succeeds at once",
      .reference = "fifo(7) \"DESCRIPTION\"; open(2) \"O_NONBLOCK\"",
      .seed      = "SEED-24",
      .kind      = "corrects",
      .how       = "A child opens a FIFO nobody has open with O_RDONLY|O_NONBLOCK and must exit 0 "
                   "(got a descriptor) within the bound; exit 1 = the open failed, killed at "
                   "the bound = it blocked.");

static const char *path;

static int opener(void *arg)
{
    return open(path, O_RDONLY | O_NONBLOCK) >= 0 ? 0 : 1;
}

PROBE_BODY
{
    path = fifo_make("fifo", 0600);
    expect_child_exit(probe_spawn(opener, NULL), 0, "open(O_RDONLY|O_NONBLOCK) without a writer");
}
