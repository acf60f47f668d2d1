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

PROBE_BODY
{
    int status;
    pid_t pid = process_traced_child_raising(SIGUSR1, &status);
    EXPECT_TRUE(status != -1 && WIFSTOPPED(status) && WSTOPSIG(status) == SIGUSR1,
                "expected the tracer's waitpid() to report the tracee stopped by SIGUSR1; "
                "observed %s", status != -1 ? describe_status(status) : "no report");
    EXPECT_EQ(process_state(pid), 't', "the tracee's /proc state letter (t: tracing stop)");
    kill(pid, SIGKILL);
}
