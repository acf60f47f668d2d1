#include <sys/resource.h>
#include "readiness.h"

PROBE(.claim     = "poll() with more entries than the RLIMIT_NOFILE soft limit fails with EINVAL",
      .reference = "poll(2) \"ERRORS\" (EINVAL: \"The nfds value exceeds the RLIMIT_NOFILE "
                   "value\")",
      .how       = "Lower the soft RLIMIT_NOFILE to 64 and poll 65 entries of fd -1 with timeout 0: "
                   "poll() must fail with EINVAL. 64 entries succeed (returning 0).");

PROBE_BODY
{
    struct pollfd p[65];
    for (int i = 0; i < 65; i++)
        p[i] = (struct pollfd){ .fd = -1, .events = POLLIN };
    struct rlimit rl;
    SETUP(getrlimit(RLIMIT_NOFILE, &rl));
    rl.rlim_cur = 64;
    SETUP(setrlimit(RLIMIT_NOFILE, &rl));
    EXPECT_EQ(EXPECT_OK(poll(p, 64, 0)), 0, "poll() of 64 ignored entries at a limit of 64");
    EXPECT_ERRNO(poll(p, 65, 0), EINVAL);
}
