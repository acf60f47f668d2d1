#include "readiness.h"

PROBE(.claim     = "A pipe whose last writer closed while data is still unread reports both "
                   "POLLIN and POLLHUP on its read end",
      .reference = "poll(2) \"DESCRIPTION\" (POLLHUP: \"Subsequent reads from the channel will return 0 "
                   "(end of file) only after all outstanding data in the channel has been "
                   "consumed\")",
      .how       = "Write 3 bytes into a pipe and close the write end; poll() of the read end for "
                   "POLLIN with timeout 0 must report exactly POLLIN|POLLHUP: the data stays "
                   "readable after the hangup.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    SETUP(write(fd[1], "abc", 3));
    SETUP(close(fd[1]));
    expect_revents(fd[0], POLLIN, POLLIN | POLLHUP, "the read end holding 3 unread bytes");
}
