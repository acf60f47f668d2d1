#include "readiness.h"

PROBE(.claim     = "When the last write end of an empty pipe is closed, poll() on the read end "
                   "reports POLLHUP, and not POLLIN",
      .reference = "poll(2) \"DESCRIPTION\" (POLLHUP); pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "Make a pipe, check the read end reports nothing (timeout 0), close the only "
                   "write end and poll the read end for POLLIN with timeout 0: revents must be "
                   "exactly POLLHUP (Linux reports no POLLIN for an empty pipe at end of file).");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    expect_revents(fd[0], POLLIN, 0, "the read end of an empty pipe with a writer");
    SETUP(close(fd[1]));
    expect_revents(fd[0], POLLIN, POLLHUP, "the read end after the last writer closed");
}
