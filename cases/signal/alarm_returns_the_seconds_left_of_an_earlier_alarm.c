#include "signals.h"

PROBE(.claim     = "alarm() returns the seconds left of an earlier alarm, or 0 if there was none",
      .reference = "alarm(2) \"RETURN VALUE\"",
      .seed      = "SEED-31",
      .kind      = "confirms",
      .how       = "alarm(5) with no alarm set returns 0; an immediate alarm(3) returns 5 (Linux rounds "
                   "the 4.99.. s left to the nearest second, so that a running alarm never reads 0); "
                   "alarm(0) then returns 3. No alarm is left set.");

PROBE_BODY
{
    unsigned first = alarm(5);
    unsigned second = alarm(3);
    unsigned third = alarm(0);

    EXPECT_EQ(first, 0, "alarm(5) with no earlier alarm");
    EXPECT_EQ(second, 5, "alarm(3) just after alarm(5)");
    EXPECT_EQ(third, 3, "alarm(0) just after alarm(3)");
}
