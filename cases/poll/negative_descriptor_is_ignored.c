#include "readiness.h"

PROBE(.claim     = "poll() ignores an entry whose fd is negative: its revents is 0 and it is not "
                   "counted, while the other entries are polled",
      .reference = "poll(2) \"DESCRIPTION\" (\"If this field is negative, then the corresponding "
                   "events field is ignored and the revents field returns zero\")",
      .how       = "Poll two entries with timeout 0: fd -1 asking POLLIN, and a pipe's write end "
                   "asking POLLOUT; poll() must return 1, the first revents 0 and the second "
                   "POLLOUT.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    struct pollfd p[2] = { { .fd = -1, .events = POLLIN, .revents = POLLERR },
                           { .fd = fd[1], .events = POLLOUT } };
    EXPECT_EQ(EXPECT_OK(poll(p, 2, 0)), 1, "poll()'s count with one negative entry");
    EXPECT_TRUE(p[0].revents == 0, "revents of the fd -1 entry: expected none; observed %s",
                poll_names(p[0].revents));
    EXPECT_TRUE(p[1].revents == POLLOUT, "revents of the pipe's write end: expected POLLOUT; "
                "observed %s", poll_names(p[1].revents));
}
