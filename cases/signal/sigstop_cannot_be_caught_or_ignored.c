#include "signals.h"

PROBE(.claim     = "SIGSTOP cannot be caught or ignored: sigaction() and signal() fail with EINVAL",
      .reference = "sigaction(2) \"ERRORS\"",
      .seed      = "SEED-35",
      .kind      = "confirms",
      .how       = "sigaction(SIGSTOP) with a handler and with SIG_IGN fails with EINVAL, as does "
                   "signal(SIGSTOP, SIG_IGN); a child that tried it anyway is still stopped by SIGSTOP "
                   "(waitpid WUNTRACED reports it).");

PROBE_BODY
{
    expect_cannot_be_caught_or_ignored(SIGSTOP);

    pid_t child = sig_spawn_stubborn(SIGSTOP);
    SETUP(kill(child, SIGSTOP));
    int status = sig_wait_stopped(child, PROBE_BOUND_MS);
    kill(child, SIGKILL);
    probe_reap(child, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
                "expected the child to be stopped by SIGSTOP; observed it %s", describe_status(status));
}
