#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

PROBE(.claim     = "A traced process stops when a signal is delivered to it, and waitpid() "
                   "reports that stop to its tracer (WIFSTOPPED, WSTOPSIG = the signal), "
                   "without WUNTRACED",
      .reference = "ptrace(2) \"Signal-delivery-stop\"; wait(2) \"WIFSTOPPED\"",
      .seed      = "SEED-72",
      .kind      = "confirms",
      .how       = "A child calls ptrace(PTRACE_TRACEME) and raises SIGUSR1 (default: terminate); "
                   "its parent's waitpid(pid, 0), bounded, must report it stopped by SIGUSR1 and "
                   "/proc must show it in tracing stop (t). SKIP if ptrace is refused.");

static int child(void *arg)
{
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1)
        return process_refused(errno);
    raise(SIGUSR1);
    return 0;
}

PROBE_BODY
{
    int status = 0;
    pid_t pid = probe_spawn(child, NULL);
    pid_t r = process_waitpid_bounded(pid, &status, 0, PROBE_BOUND_MS);
    if (r == pid)
        process_skip_if_refused(pid, status, "ptrace(PTRACE_TRACEME)");
    EXPECT_TRUE(r == pid && WIFSTOPPED(status) && WSTOPSIG(status) == SIGUSR1,
                "expected the tracer's waitpid() to report the tracee stopped by SIGUSR1; "
                "observed waitpid returned %d, status: %s", (int)r,
                r == pid ? describe_status(status) : "none");
    EXPECT_EQ(process_state(pid), 't', "the tracee's /proc state letter (t: tracing stop)");
    kill(pid, SIGKILL);
}
