#include "async.h"

PROBE(.claim     = "timer_settime() with a zero it_value disarms the timer",
      .reference = "timer_settime(2) \"DESCRIPTION\" (\"If new_value->it_value specifies a zero "
                   "value, then the timer is disarmed\")",
      .how       = "A timer armed for 60 s is set again with a zero it_value; timer_gettime() must "
                   "then report an it_value of 0.");

PROBE_BODY
{
    struct itimerspec zero = { { 0, 0 }, { 0, 0 } }, now;
    timer_t t = async_timer(SIGRTMIN, 0);
    async_arm(t, 60 * 1000000000LL, 0);

    EXPECT_OK(timer_settime(t, 0, &zero, NULL));
    SETUP(timer_gettime(t, &now));
    EXPECT_EQ(now.it_value.tv_sec * 1000000000LL + now.it_value.tv_nsec, 0,
              "the time left after disarming (ns)");
}
