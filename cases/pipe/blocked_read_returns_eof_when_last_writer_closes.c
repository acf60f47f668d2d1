#include "pipe.h"

PROBE(.claim     = "A reader blocked on an empty pipe wakes with 0 (end of file) when the last "
                   "write end is closed",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-10",
      .kind      = "corrects",
      .how       = "A child that closed its copy of the write end blocks in read() (seen by the "
                   "oracle); the parent closes the last write end and the read must return 0.");

static int fd[2];

static int reader(void *arg)
{
    char c;
    close(fd[1]);
    return read(fd[0], &c, 1) == 0 ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pid_t child = probe_spawn(reader, NULL);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty pipe");
    SETUP(close(fd[1]));
    expect_child_exit(child, 0, "the reader after the last writer closed (0 = read returned 0)");
}
