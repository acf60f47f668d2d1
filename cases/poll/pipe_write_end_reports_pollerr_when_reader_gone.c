#include "readiness.h"

PROBE(.claim     = "When the last read end of a pipe is closed, poll() on the write end reports "
                   "POLLERR",
      .reference = "poll(2) \"DESCRIPTION\" (POLLERR: \"also set for a file descriptor referring "
                   "to the write end of a pipe when the read end has been closed\")",
      .how       = "Close the read end of a fresh pipe; poll() of the write end for POLLOUT with "
                   "timeout 0 must report POLLERR (Linux also reports POLLOUT: a write does not "
                   "block, it fails with EPIPE).");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    SETUP(close(fd[0]));
    short got = poll_now(fd[1], POLLOUT);
    EXPECT_TRUE(got & POLLERR, "poll() on the write end of a pipe without readers: expected "
                "POLLERR; observed %s", poll_names(got));
}
