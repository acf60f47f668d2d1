#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

PROBE(.claim     = "PTRACE_ATTACH stops a running process (it is sent SIGSTOP, reported to the "
                   "tracer by waitpid) and PTRACE_DETACH lets it run on",
      .reference = "ptrace(2) \"PTRACE_ATTACH\", \"PTRACE_DETACH\"",
      .seed      = "SEED-72",
      .kind      = "confirms",
      .how       = "A child blocks in read(); the parent attaches, and its bounded waitpid() must "
                   "report the child stopped by SIGSTOP. After PTRACE_DETACH, one byte lets the "
                   "child read and exit 0. SKIP if PTRACE_ATTACH fails with EPERM.");

static int fd[2];

static int child(void *arg)
{
    char c;
    return read(fd[0], &c, 1) == 1 ? 0 : 1;
}

PROBE_BODY
{
    int status = 0;
    SETUP(pipe(fd));
    pid_t pid = probe_spawn(child, NULL);
    expect_blocked(pid, SYS_read, PROBE_BOUND_MS, "the child's read()");
    long attached = SINCE(ptrace(PTRACE_ATTACH, pid, NULL, NULL), 0);
    if (attached == -1 && errno == EPERM)
        probe_skip("ptrace(PTRACE_ATTACH) refused: EPERM (Yama ptrace_scope, seccomp or a "
                   "container policy)");
    pid_t r = process_waitpid_bounded(pid, &status, 0, PROBE_BOUND_MS);
    EXPECT_TRUE(r == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
                "expected waitpid() to report the attached child stopped by SIGSTOP; observed "
                "waitpid returned %d, status: %s", (int)r, r == pid ? describe_status(status) : "none");
    EXPECT_OK(ptrace(PTRACE_DETACH, pid, NULL, NULL));
    SETUP(write(fd[1], "x", 1));
    expect_child_exit(pid, 0, "the detached child");
}
