#include "readiness.h"

PROBE(.claim     = "poll() on an empty pipe's read end with an infinite timeout sleeps until data "
                   "is written, then reports POLLIN",
      .reference = "poll(2) \"DESCRIPTION\"; pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "A child polls the read end of an empty pipe for POLLIN with timeout -1; the "
                   "oracle must see it asleep in poll(). One byte written then wakes it, and it "
                   "exits 0 having seen poll() return 1 with revents POLLIN.");

static int fd[2];

static int poller(void *arg)
{
    struct pollfd p = { .fd = fd[0], .events = POLLIN };
    return poll(&p, 1, -1) == 1 && p.revents == POLLIN ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pid_t child = probe_spawn(poller, NULL);

    expect_blocked(child, POLL_NR_POLL, PROBE_BOUND_MS, "poll() on the empty pipe");
    SETUP(write(fd[1], "x", 1));
    expect_child_exit(child, 0, "the poller, after one byte was written (1: poll did not "
                      "return 1 with POLLIN)");
}
