#include <fcntl.h>
#include "pipe.h"
#include "readiness.h"

PROBE(.claim     = "A FIFO opened for reading (O_NONBLOCK) that no writer has ever opened reports "
                   "neither POLLIN nor POLLHUP: on Linux hangup means a writer came and went",
      .reference = "fifo(7); poll(2) \"DESCRIPTION\" (POLLHUP)",
      .how       = "Open a fresh FIFO O_RDONLY|O_NONBLOCK without any writer; poll() for POLLIN "
                   "with timeout 0 must report nothing (Linux's pipe_poll() signals hangup only "
                   "once a writer has opened the FIFO since this reader did).");

PROBE_BODY
{
    const char *path = fifo_make("fifo", 0600);
    int r = SETUP(open(path, O_RDONLY | O_NONBLOCK));
    expect_revents(r, POLLIN, 0, "the read end of a FIFO no writer has opened");
}
