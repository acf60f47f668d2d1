#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

PROBE(.claim     = "A process traced with PTRACE_TRACEME stops with SIGTRAP after a successful "
                   "execve(), before the new program runs",
      .reference = "ptrace(2) \"PTRACE_TRACEME\", \"execve(2) under ptrace\"",
      .seed      = "SEED-72",
      .kind      = "confirms",
      .how       = "A child calls PTRACE_TRACEME and execs a helper; the tracer's bounded waitpid() "
                   "must report it stopped by SIGTRAP. PTRACE_CONT then lets the helper run to its "
                   "normal exit. SKIP if ptrace is refused.");

static int child(void *arg)
{
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1)
        return process_refused(errno);
    return process_exec_reporter(SIGUSR1);
}

PROBE_BODY
{
    int status = 0;
    pid_t pid = probe_spawn(child, NULL);
    pid_t r = process_waitpid_bounded(pid, &status, 0, PROBE_BOUND_MS);
    if (r == pid)
        process_skip_if_refused(pid, status, "ptrace(PTRACE_TRACEME)");
    EXPECT_TRUE(r == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGTRAP,
                "expected the traced child to stop with SIGTRAP at exec; observed waitpid "
                "returned %d, status: %s", (int)r, r == pid ? describe_status(status) : "none");
    EXPECT_OK(ptrace(PTRACE_CONT, pid, NULL, NULL));
    process_reporter_result(pid);
}
