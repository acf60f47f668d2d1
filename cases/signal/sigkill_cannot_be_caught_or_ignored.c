#include "signals.h"

PROBE(.claim     = "SIGKILL cannot be caught or ignored: sigaction() and signal() fail with EINVAL",
      .reference = "sigaction(2) \"ERRORS\"",
      .seed      = "SEED-35",
      .kind      = "confirms",
      .how       = "sigaction(SIGKILL) with a handler and with SIG_IGN fails with EINVAL, as does "
                   "signal(SIGKILL, SIG_IGN); a child that tried it anyway still dies from SIGKILL.");

PROBE_BODY
{
    expect_cannot_be_caught_or_ignored(SIGKILL);

    pid_t child = sig_spawn_stubborn(SIGKILL);
    SETUP(kill(child, SIGKILL));
    expect_child_killed_by(child, SIGKILL, "a child that asked to ignore SIGKILL");
}
