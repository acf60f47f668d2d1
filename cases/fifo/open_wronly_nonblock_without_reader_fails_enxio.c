#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "open(O_WRONLY|O_NONBLOCK) of a FIFO with no reader fails with ENXIO",
      .reference = "fifo(7) \"DESCRIPTION\"; open(2) \"ERRORS\" (ENXIO)",
      .seed      = "SEED-24",
      .kind      = "corrects",
      .how       = "On a FIFO nobody has open, open(O_WRONLY|O_NONBLOCK) must return -1 with ENXIO.");

PROBE_BODY
{
    const char *path = fifo_make("fifo", 0600);
    EXPECT_ERRNO(open(path, O_WRONLY | O_NONBLOCK), ENXIO);
}
