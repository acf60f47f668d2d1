#include "readiness.h"

PROBE(.claim     = "poll() reports POLLHUP even when events did not ask for it",
      .reference = "poll(2) \"DESCRIPTION\" (POLLHUP is \"ignored in events\", always returned "
                   "in revents)",
      .how       = "Close the only write end of a pipe and poll its read end with events 0 and "
                   "timeout 0; poll() must return 1 with revents POLLHUP.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    SETUP(close(fd[1]));
    struct pollfd p = { .fd = fd[0], .events = 0 };
    EXPECT_EQ(EXPECT_OK(poll(&p, 1, 0)), 1, "poll()'s count with events 0 on a hung-up pipe");
    EXPECT_TRUE(p.revents == POLLHUP, "revents with events 0: expected POLLHUP; observed %s",
                poll_names(p.revents));
}
