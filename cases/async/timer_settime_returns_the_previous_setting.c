#include "async.h"

PROBE(.claim     = "timer_settime() with old_value returns the previous setting: the time that "
                   "was left and the old interval",
      .reference = "timer_settime(2) \"DESCRIPTION\" (old_value: \"the previous interval of the "
                   "timer ... and the amount of time until the timer would previously have next "
                   "expired\")",
      .how       = "A timer is armed for 60 s every 7 s; a second timer_settime() (to 30 s) with "
                   "old_value must return an it_value over 30 s and at most 60 s, and an "
                   "it_interval of 7 s.");

PROBE_BODY
{
    struct itimerspec next = { .it_value = { 30, 0 } }, old;
    timer_t t = async_timer(SIGRTMIN, 0);
    async_arm(t, 60 * 1000000000LL, 7 * 1000000000LL);

    EXPECT_OK(timer_settime(t, 0, &next, &old));
    EXPECT_TRUE(old.it_value.tv_sec >= 30 && old.it_value.tv_sec < 60,
                "expected the old time left in [30 s, 60 s); observed %ld s", (long)old.it_value.tv_sec);
    EXPECT_EQ(old.it_interval.tv_sec, 7, "the old interval (s)");
}
