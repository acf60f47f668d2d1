#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "read() on an empty FIFO opened O_NONBLOCK fails with EAGAIN while a writer has "
                   "it open",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"; fifo(7) \"DESCRIPTION\"",
      .how       = "The FIFO is opened O_RDONLY|O_NONBLOCK, then a writer opens it; a child's "
                   "read() of the empty FIFO must fail with EAGAIN at once (not 0, not block).");

static int rd;

static int reader(void *arg)
{
    char c;
    return read(rd, &c, 1) == -1 && errno == EAGAIN ? 0 : 1;
}

PROBE_BODY
{
    const char *path = fifo_make("fifo", 0600);
    rd = SETUP(open(path, O_RDONLY | O_NONBLOCK));
    SETUP(open(path, O_WRONLY | O_NONBLOCK));
    expect_child_exit(probe_spawn(reader, NULL), 0, "the non-blocking reader (0 = EAGAIN)");
}
