#include "pipe.h"

PROBE(.claim     = "read() returns end of file only after every write end, in every process, is "
                   "closed: a writer held by another process keeps the reader blocked",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-10",
      .kind      = "corrects",
      .how       = "A child inherits the write end and holds it; the parent closes its own. "
                   "A reader child must be seen asleep in read(); when the holder exits the "
                   "reader must return 0.");

static int fd[2], hold[2];

static int holder(void *arg)
{
    char c;
    close(fd[0]);
    return read(hold[0], &c, 1) == 1 ? 0 : 1; /* keeps fd[1] until released */
}

static int reader(void *arg)
{
    char c;
    close(fd[1]);
    return read(fd[0], &c, 1) == 0 ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    SETUP(pipe(hold));
    pid_t h = probe_spawn(holder, NULL);
    pid_t r = probe_spawn(reader, NULL);
    SETUP(close(fd[1]));
    expect_blocked(r, SYS_read, PROBE_BOUND_MS, "read() while another process holds a write end");
    SETUP(write(hold[1], "x", 1));
    expect_child_exit(h, 0, "the holder of the write end");
    expect_child_exit(r, 0, "the reader once the last writer closed (0 = read returned 0)");
}
