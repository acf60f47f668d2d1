#include "signals.h"

PROBE(.claim     = "kill() with a signal number that is not a valid signal fails with EINVAL",
      .reference = "kill(2) \"ERRORS\"",
      .seed      = "SEED-26",
      .kind      = "confirms",
      .how       = "kill(getpid(), sig) for sig = -1, SIGRTMAX+1 and 200 must each fail with EINVAL, "
                   "and the caller must still be alive to see it.");

PROBE_BODY
{
    EXPECT_ERRNO(kill(getpid(), -1), EINVAL);
    EXPECT_ERRNO(kill(getpid(), SIGRTMAX + 1), EINVAL);
    EXPECT_ERRNO(kill(getpid(), 200), EINVAL);
}
