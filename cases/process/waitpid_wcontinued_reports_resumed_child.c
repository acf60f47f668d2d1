#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "waitpid() with WCONTINUED reports a stopped child resumed by SIGCONT: "
                   "WIFCONTINUED true",
      .reference = "wait(2) \"WCONTINUED\", \"WIFCONTINUED\"",
      .how       = "A child blocked in read() is stopped with SIGSTOP (the oracle sees state T), "
                   "then resumed with SIGCONT; waitpid(WCONTINUED), retried on each SIGCHLD within "
                   "the bound, must report it continued. SIGKILL ends it.");

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
    char last;
    SETUP(pipe(fd));
    pid_t pid = probe_spawn(child, NULL);
    expect_blocked(pid, SYS_read, PROBE_BOUND_MS, "the child's read()");
    SETUP(kill(pid, SIGSTOP));
    if (process_wait_state(pid, 'T', PROBE_BOUND_MS, &last))
        probe_error("the child did not stop after SIGSTOP: state %c", last);
    SETUP(kill(pid, SIGCONT));
    pid_t r = process_waitpid_bounded(pid, &status, WCONTINUED, PROBE_BOUND_MS);
    kill(pid, SIGKILL);
    EXPECT_TRUE(r == pid && WIFCONTINUED(status),
                "expected waitpid(WCONTINUED) to report the child continued; observed waitpid "
                "returned %d (%s), status: %s", (int)r, r == -1 ? errno_name(errno) : "",
                r == pid ? describe_status(status) : "none");
}
