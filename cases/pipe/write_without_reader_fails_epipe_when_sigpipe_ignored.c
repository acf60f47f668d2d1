#include "pipe.h"

PROBE(.claim     = "With SIGPIPE ignored, write() to a pipe with no reader fails with EPIPE",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\"; write(2) \"ERRORS\"",
      .how       = "SIGPIPE is set to SIG_IGN and the read end closed; write() must return -1 "
                   "with errno EPIPE.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    signal(SIGPIPE, SIG_IGN);
    SETUP(close(fd[0]));
    EXPECT_ERRNO(write(fd[1], "x", 1), EPIPE);
}
