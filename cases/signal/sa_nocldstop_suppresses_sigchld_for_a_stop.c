#include "signals.h"

PROBE(.claim     = "With SA_NOCLDSTOP on SIGCHLD, a child that stops sends no SIGCHLD",
      .reference = "sigaction(2) \"SA_NOCLDSTOP\"",
      .how       = "The test process catches SIGCHLD with SA_NOCLDSTOP and blocks it; a child stops "
                   "itself with SIGSTOP; once waitpid(WUNTRACED) reports the stop, no SIGCHLD may be pending.");

static int stopper(void *arg) { raise(SIGSTOP); return 0; }

PROBE_BODY
{
    sig_catch(SIGCHLD, SA_NOCLDSTOP);
    sig_block(SIGCHLD);
    pid_t child = probe_spawn(stopper, NULL);

    int status = sig_wait_stopped(child, PROBE_BOUND_MS);
    int pending = sig_is_pending(SIGCHLD);
    kill(child, SIGKILL);
    probe_reap(child, PROBE_BOUND_MS);
    if (status == -1 || !WIFSTOPPED(status))
        probe_error("the child did not stop: %s", describe_status(status));
    EXPECT_TRUE(!pending, "expected no SIGCHLD for a stopped child under SA_NOCLDSTOP; observed one pending");
}
