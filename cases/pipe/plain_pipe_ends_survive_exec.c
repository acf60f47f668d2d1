#include "pipe.h"
#include <stdio.h>

PROBE(.claim     = "Without O_CLOEXEC, pipe() descriptors stay open across execve()",
      .reference = "pipe(2) \"DESCRIPTION\"; execve(2) \"File descriptors open across an exec\"",
      .how       = "pipe(fd); a child execs the helper pipe_fds_closed with the write end's "
                   "number, which must exit 1 (the descriptor is still open in the new program).");

static int fd[2];

static int exec_checker(void *arg)
{
    char w[16];
    snprintf(w, sizeof w, "%d", fd[1]);
    execl((const char *)arg, "pipe_fds_closed", w, (char *)NULL);
    return 3;
}

PROBE_BODY
{
    const char *helper = probe_helper("pipe_fds_closed");
    SETUP(pipe(fd));
    expect_child_exit(probe_spawn(exec_checker, (void *)helper), 1,
                      "the exec'd checker (1 = the end is still open, 0 = it was closed)");
}
