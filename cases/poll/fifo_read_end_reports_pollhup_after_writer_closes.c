#include <fcntl.h>
#include "pipe.h"
#include "readiness.h"

PROBE(.claim     = "When the writer of a FIFO closes, poll() on the reader's end reports POLLHUP",
      .reference = "poll(2) \"DESCRIPTION\" (POLLHUP); fifo(7)",
      .how       = "Open a FIFO for reading (O_NONBLOCK) and then for writing; with the writer "
                   "open the reader reports nothing (timeout 0). Once the writer is closed, poll() "
                   "for POLLIN must report exactly POLLHUP.");

PROBE_BODY
{
    const char *path = fifo_make("fifo", 0600);
    int r = SETUP(open(path, O_RDONLY | O_NONBLOCK));
    int w = SETUP(open(path, O_WRONLY));
    expect_revents(r, POLLIN, 0, "the FIFO's read end while a writer is open");
    SETUP(close(w));
    expect_revents(r, POLLIN, POLLHUP, "the FIFO's read end after its writer closed");
}
