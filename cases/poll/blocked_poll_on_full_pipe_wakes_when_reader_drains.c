#include "pipe.h"
#include "readiness.h"

PROBE(.claim     = "poll() for POLLOUT on a full pipe sleeps until the reader takes data, then "
                   "reports the write end writable",
      .reference = "poll(2) \"DESCRIPTION\" (POLLOUT); pipe(7) \"Pipe capacity\"",
      .how       = "Fill a pipe; a child polls its write end for POLLOUT with timeout -1 and the "
                   "oracle must see it asleep in poll(). The probe then reads one page (4096 "
                   "bytes) and the child must exit 0, poll() having returned POLLOUT.");

static int fd[2];

static int poller(void *arg)
{
    struct pollfd p = { .fd = fd[1], .events = POLLOUT };
    return poll(&p, 1, -1) == 1 && p.revents == POLLOUT ? 0 : 1;
}

PROBE_BODY
{
    static char page[4096];
    SETUP(pipe(fd));
    pipe_fill(fd[1]);
    pid_t child = probe_spawn(poller, NULL);

    expect_blocked(child, POLL_NR_POLL, PROBE_BOUND_MS, "poll() for POLLOUT on the full pipe");
    SETUP(pipe_read_exact(fd[0], page, sizeof page));
    expect_child_exit(child, 0, "the poller, after one page was read (1: poll did not return "
                      "1 with POLLOUT)");
}
