#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "read() from an empty FIFO blocks until a writer writes",
      .reference = "fifo(7) \"DESCRIPTION\"; pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-22",
      .kind      = "confirms",
      .how       = "The parent holds the FIFO open O_RDWR (a writer); a child opens it O_RDONLY and "
                   "reads; the oracle must see it asleep in read(), and \"x\" written by the "
                   "parent must wake it with that byte.");

static const char *path;

static int reader(void *arg)
{
    char c;
    int fd = open(path, O_RDONLY);
    return fd >= 0 && read(fd, &c, 1) == 1 && c == 'x' ? 0 : 1;
}

PROBE_BODY
{
    path = fifo_make("fifo", 0600);
    int fd = SETUP(open(path, O_RDWR));
    pid_t child = probe_spawn(reader, NULL);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty FIFO");
    SETUP(write(fd, "x", 1));
    expect_child_exit(child, 0, "the reader, after one byte was written");
}
