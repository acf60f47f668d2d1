#include "readiness.h"

PROBE(.claim     = "poll() on a descriptor that is not open reports POLLNVAL for it and counts it "
                   "as ready, rather than failing",
      .reference = "poll(2) \"DESCRIPTION\" (POLLNVAL: \"Invalid request: fd not open\")",
      .how       = "Make a pipe and close its read end; poll() of that closed number for POLLIN "
                   "with timeout 0 must return 1 with revents exactly POLLNVAL.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    SETUP(close(fd[0]));
    struct pollfd p = { .fd = fd[0], .events = POLLIN };
    EXPECT_EQ(EXPECT_OK(poll(&p, 1, 0)), 1, "poll()'s count of ready descriptors");
    EXPECT_TRUE(p.revents == POLLNVAL, "revents of a closed descriptor: expected POLLNVAL; "
                "observed %s", poll_names(p.revents));
}
