#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "A parent learns from the wait status that a child was killed, and by which "
                   "signal: WIFSIGNALED is true, WIFEXITED false, WTERMSIG names the signal",
      .reference = "wait(2) \"WIFSIGNALED\", \"WTERMSIG\"",
      .seed      = "SEED-71",
      .kind      = "confirms",
      .how       = "A child blocks reading a pipe; the parent sends it SIGTERM (default action: "
                   "terminate) and waitpid() must report it killed by SIGTERM, not exited.");

static int fd[2];

static int child(void *arg)
{
    char c;
    read(fd[0], &c, 1);
    return 0;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pid_t pid = probe_spawn(child, NULL);
    expect_blocked(pid, SYS_read, PROBE_BOUND_MS, "the child's read()");
    SETUP(kill(pid, SIGTERM));
    int status = process_wait_status(pid, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && !WIFEXITED(status) &&
                WTERMSIG(status) == SIGTERM,
                "expected the wait status to say killed by SIGTERM; observed %s",
                describe_status(status));
}
