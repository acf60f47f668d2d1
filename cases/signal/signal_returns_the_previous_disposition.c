#include "signals.h"

PROBE(.claim     = "signal() installs a handler, SIG_IGN or SIG_DFL and returns the previous disposition",
      .reference = "signal(2) \"RETURN VALUE\"",
      .seed      = "SEED-33",
      .kind      = "confirms",
      .how       = "signal(SIGUSR1, h) returns SIG_DFL; signal(SIGUSR1, SIG_IGN) then returns h; "
                   "signal(SIGUSR1, SIG_DFL) returns SIG_IGN; and raise() reaches h while it is installed.");

static volatile sig_atomic_t ran;
static void h(int sig) { ran = sig; }

PROBE_BODY
{
    EXPECT_TRUE(signal(SIGUSR1, h) == SIG_DFL, "expected SIG_DFL as SIGUSR1's first disposition");
    raise(SIGUSR1);
    EXPECT_EQ(ran, SIGUSR1, "signal the installed handler saw");
    EXPECT_TRUE(signal(SIGUSR1, SIG_IGN) == h,
                "expected signal(SIG_IGN) to return the handler installed before; observed another value");
    EXPECT_TRUE(signal(SIGUSR1, SIG_DFL) == SIG_IGN,
                "expected signal(SIG_DFL) to return SIG_IGN; observed another value");
}
