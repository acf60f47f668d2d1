#include "async.h"

PROBE(.claim     = "timer_gettime() on an armed one-shot timer reports a time left no greater "
                   "than the time set, and a zero interval",
      .reference = "timer_settime(2) \"DESCRIPTION\" (timer_gettime: \"the amount of time until "
                   "the timer will next expire\")",
      .how       = "A timer is armed to expire once after 60 s; timer_gettime() must report an "
                   "it_value greater than 0 and at most 60 s, and an it_interval of 0.");

PROBE_BODY
{
    struct itimerspec now;
    timer_t t = async_timer(SIGRTMIN, 0);
    async_arm(t, 60 * 1000000000LL, 0);

    EXPECT_OK(timer_gettime(t, &now));
    long long left = now.it_value.tv_sec * 1000000000LL + now.it_value.tv_nsec;
    EXPECT_TRUE(left > 0 && left <= 60 * 1000000000LL,
                "expected 0 < time left <= 60 s; observed %lld ns", left);
    EXPECT_EQ(now.it_interval.tv_sec + now.it_interval.tv_nsec, 0, "the interval reported");
}
