#include "probe.h"
#include <sys/wait.h>

PROBE(.claim     = "waitpid() with WNOHANG returns 0 at once while the child is still running",
      .reference = "wait(2) \"WNOHANG\"; \"RETURN VALUE\"",
      .how       = "A child is blocked in read() (the oracle sees it); waitpid(pid, WNOHANG) must "
                   "return 0 without waiting. One byte then lets the child exit 0.");

static int fd[2];

static int child(void *arg)
{
    char c;
    return read(fd[0], &c, 1) == 1 ? 0 : 1;
}

PROBE_BODY
{
    int status;
    SETUP(pipe(fd));
    pid_t pid = probe_spawn(child, NULL);
    expect_blocked(pid, SYS_read, PROBE_BOUND_MS, "the child's read()");
    EXPECT_EQ(waitpid(pid, &status, WNOHANG), 0, "waitpid(WNOHANG) on the running child");
    SETUP(write(fd[1], "x", 1));
    expect_child_exit(pid, 0, "the child");
}
