#include "signals.h"

PROBE(.claim     = "SIGKILL cannot be caught or ignored: sigaction() and signal() fail with EINVAL",
      .reference = "sigaction(2) \"ERRORS\"",
      .seed      = "SEED-35",
      .kind      = "confirms",
      .how       = "sigaction(SIGKILL) with a handler and with SIG_IGN fails with EINVAL, as does "
                   "signal(SIGKILL, SIG_IGN); a child that tried it anyway still dies from SIGKILL.");

static void h(int sig) { }

static int stubborn(void *arg)
{
    signal(SIGKILL, SIG_IGN);
    for (;;)
        pause();
    return 0;
}

PROBE_BODY
{
    struct sigaction sa = { .sa_handler = h };
    EXPECT_ERRNO(sigaction(SIGKILL, &sa, NULL), EINVAL);
    sa.sa_handler = SIG_IGN;
    EXPECT_ERRNO(sigaction(SIGKILL, &sa, NULL), EINVAL);
    errno = 0;
    sighandler_t r = signal(SIGKILL, SIG_IGN);
    int err = errno;
    EXPECT_TRUE(r == SIG_ERR, "expected signal(SIGKILL, SIG_IGN) to return SIG_ERR; observed another value");
    EXPECT_EQ(err, EINVAL, "errno after signal(SIGKILL, SIG_IGN) (EINVAL = 22)");

    pid_t child = probe_spawn(stubborn, NULL);
    SETUP(kill(child, SIGKILL));
    expect_child_killed_by(child, SIGKILL, "a child that asked to ignore SIGKILL");
}
