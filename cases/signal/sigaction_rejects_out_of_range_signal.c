#include "signals.h"

PROBE(.claim     = "sigaction() with a signal number <= 0 or > SIGRTMAX fails with EINVAL, for both setting and querying",
      .reference = "sigaction(2) \"ERRORS\"",
      .how       = "sigaction(0), sigaction(-1) and sigaction(SIGRTMAX+1) each fail with EINVAL when "
                   "setting a handler and when only reading the old action.");

static void h(int sig) { }

PROBE_BODY
{
    struct sigaction sa = { .sa_handler = h }, old;
    int bad[] = { 0, -1, SIGRTMAX + 1 };
    for (int i = 0; i < 3; i++) {
        EXPECT_ERRNO(sigaction(bad[i], &sa, NULL), EINVAL);
        EXPECT_ERRNO(sigaction(bad[i], NULL, &old), EINVAL);
    }
}
