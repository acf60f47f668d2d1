#include "probe.h"

PROBE(.claim     = "read() on an empty pipe blocks while a write end is open",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-09",
      .kind      = "confirms",
      .how       = "A child reads one byte from an empty pipe whose write end stays open; the "
                   "oracle must see it asleep in read(). One byte written then wakes it, and it "
                   "exits 0 having read that byte.");

static int fd[2];

static int reader(void *arg)
{
    char c;
    return read(fd[0], &c, 1) == 1 && c == 'x' ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pid_t child = probe_spawn(reader, NULL);

    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty pipe");
    SETUP(write(fd[1], "x", 1));
    expect_child_exit(child, 0, "the reader, after one byte was written");
}
