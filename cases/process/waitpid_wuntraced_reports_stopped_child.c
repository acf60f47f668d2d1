#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "waitpid() with WUNTRACED reports a child stopped by a signal: WIFSTOPPED "
                   "true and WSTOPSIG the stop signal",
      .reference = "wait(2) \"WUNTRACED\", \"WIFSTOPPED\", \"WSTOPSIG\"",
      .how       = "A child blocked in read() gets SIGSTOP; waitpid(WUNTRACED), retried on each "
                   "SIGCHLD within the bound, must report it stopped by SIGSTOP. SIGKILL ends it.");

static int fd[2];

static int child(void *arg)
{
    char c;
    read(fd[0], &c, 1);
    return 0;
}

PROBE_BODY
{
    int status = 0;
    SETUP(pipe(fd));
    pid_t pid = probe_spawn(child, NULL);
    expect_blocked(pid, SYS_read, PROBE_BOUND_MS, "the child's read()");
    SETUP(kill(pid, SIGSTOP));
    pid_t r = process_waitpid_bounded(pid, &status, WUNTRACED, PROBE_BOUND_MS);
    kill(pid, SIGKILL);
    EXPECT_TRUE(r == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
                "expected waitpid(WUNTRACED) to report the child stopped by SIGSTOP; observed "
                "waitpid returned %d (%s), status: %s", (int)r, r == -1 ? errno_name(errno) : "",
                r == pid ? describe_status(status) : "none");
}
