#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "On Linux open(O_RDWR) of a FIFO never blocks (POSIX leaves it undefined), and "
                   "the descriptor reads back what it wrote",
      .reference = "fifo(7) \"NOTES\"",
      .seed      = "SEED-24",
      .kind      = "corrects",
      .how       = "A child opens a FIFO nobody has open with O_RDWR, writes \"x\" and reads it back "
                   "on the same descriptor; it must exit 0 within the bound (killed = blocked).");

static const char *path;

static int opener(void *arg)
{
    char c;
    int fd = open(path, O_RDWR);
    if (fd < 0)
        return 1;
    return write(fd, "x", 1) == 1 && read(fd, &c, 1) == 1 && c == 'x' ? 0 : 2;
}

PROBE_BODY
{
    path = fifo_make("fifo", 0600);
    expect_child_exit(probe_spawn(opener, NULL), 0,
                      "open(O_RDWR) without peers, then write+read on it (1 = open failed)");
}
