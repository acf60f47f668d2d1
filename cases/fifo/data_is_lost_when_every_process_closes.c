#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "Data left in a FIFO is discarded when every process has closed it: a reader "
                   "that opens it afterwards finds nothing",
      .reference = "fifo(7) \"DESCRIPTION\"; pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-23",
      .kind      = "confirms",
      .how       = "\"lost\" is written into a FIFO opened O_RDWR, which is then closed; opened "
                   "again O_RDWR|O_NONBLOCK, the FIFO must be empty (read fails with EAGAIN).");

PROBE_BODY
{
    char buf[8];
    const char *path = fifo_make("fifo", 0600);
    int fd = SETUP(open(path, O_RDWR));
    SETUP(write(fd, "lost", 4));
    SETUP(close(fd));
    fd = SETUP(open(path, O_RDWR | O_NONBLOCK));
    EXPECT_ERRNO(read(fd, buf, sizeof buf), EAGAIN);
}
