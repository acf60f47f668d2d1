#include "pipe.h"
#include <fcntl.h>
#include <stdio.h>

PROBE(.claim     = "pipe2(O_CLOEXEC) sets close-on-exec on both ends: after execve() neither "
                   "descriptor is open",
      .reference = "pipe(2) \"DESCRIPTION\" (O_CLOEXEC); open(2) \"O_CLOEXEC\"",
      .how       = "pipe2(fd, O_CLOEXEC); a child execs the helper pipe_fds_closed with both "
                   "descriptor numbers, which exits 0 only if both are closed in the new program.");

static int fd[2];

static int exec_checker(void *arg)
{
    char r[16], w[16];
    snprintf(r, sizeof r, "%d", fd[0]);
    snprintf(w, sizeof w, "%d", fd[1]);
    execl((const char *)arg, "pipe_fds_closed", r, w, (char *)NULL);
    return 3;
}

PROBE_BODY
{
    const char *helper = probe_helper("pipe_fds_closed");
    SETUP(pipe2(fd, O_CLOEXEC));
    expect_child_exit(probe_spawn(exec_checker, (void *)helper), 0,
                      "the exec'd checker (0 = both ends closed, 1 = an end survived exec)");
}
