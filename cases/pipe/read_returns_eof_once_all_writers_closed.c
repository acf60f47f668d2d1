#include "pipe.h"

PROBE(.claim     = "read() on an empty pipe whose write ends are all closed returns 0 (end of file) "
                   "at once instead of blocking",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-10",
      .kind      = "corrects",
      .how       = "The only write end is closed; a child reads the empty pipe and must exit 0 "
                   "(read returned 0) within the bound; a read that blocks is killed at the bound.");

static int fd[2];

static int reader(void *arg)
{
    char c;
    return read(fd[0], &c, 1) == 0 ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    SETUP(close(fd[1]));
    expect_child_exit(probe_spawn(reader, NULL), 0, "the reader of the writerless pipe (0 = read returned 0)");
}
