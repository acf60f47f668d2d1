#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>

PROBE(.claim     = "PTRACE_CONT with signal 0 resumes a tracee from a signal-delivery-stop and "
                   "suppresses the signal that stopped it",
      .reference = "ptrace(2) \"Signal injection and suppression\", \"PTRACE_CONT\"",
      .seed      = "SEED-72",
      .kind      = "confirms",
      .how       = "A traced child raises SIGUSR1 (default: terminate) and stops; the tracer "
                   "resumes it with PTRACE_CONT and signal 0. The child must then run on and exit "
                   "0 instead of dying of SIGUSR1. SKIP if ptrace is refused.");

PROBE_BODY
{
    int status;
    pid_t pid = process_traced_child_raising(SIGUSR1, &status);
    if (status == -1 || !WIFSTOPPED(status))
        probe_error("the tracee did not stop: %s", status != -1 ? describe_status(status) : "no report");
    EXPECT_OK(ptrace(PTRACE_CONT, pid, NULL, NULL));
    expect_child_exit(pid, 0, "the tracee resumed with PTRACE_CONT, signal 0");
}
