#include "signals.h"
#include <sys/time.h>

PROBE(.claim     = "alarm(0) cancels a pending alarm",
      .reference = "alarm(2) \"DESCRIPTION\"",
      .seed      = "SEED-31",
      .kind      = "confirms",
      .how       = "After alarm(1), alarm(0) must return 1 and leave the real-time interval timer, "
                   "which alarm() shares with setitimer() (alarm(2) NOTES), disarmed: getitimer(ITIMER_REAL) "
                   "reads 0. That proves no SIGALRM can come without waiting a second for its absence.");

PROBE_BODY
{
    struct itimerval now;
    alarm(1);
    SETUP(getitimer(ITIMER_REAL, &now));
    if (now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0)
        probe_error("alarm(1) did not arm ITIMER_REAL; this check cannot judge alarm(0)");

    EXPECT_EQ(alarm(0), 1, "alarm(0)'s return value after alarm(1)");
    SETUP(getitimer(ITIMER_REAL, &now));
    EXPECT_TRUE(now.it_value.tv_sec == 0 && now.it_value.tv_usec == 0,
                "expected the alarm timer disarmed after alarm(0); observed %ld.%06ld s left",
                (long)now.it_value.tv_sec, (long)now.it_value.tv_usec);
}
