#include "pipe.h"
#include "readiness.h"

PROBE(.claim     = "The write end of a full pipe is not reported writable by poll()",
      .reference = "poll(2) \"DESCRIPTION\" (POLLOUT); pipe(7) \"Pipe capacity\"",
      .how       = "Fill a pipe until a non-blocking write fails with EAGAIN; poll() of the write "
                   "end for POLLOUT with timeout 0 must report nothing. Before filling it reported "
                   "POLLOUT.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    expect_revents(fd[1], POLLOUT, POLLOUT, "the write end of an empty pipe");
    pipe_fill(fd[1]);
    expect_revents(fd[1], POLLOUT, 0, "the write end of a full pipe");
}
