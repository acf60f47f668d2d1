#include "async.h"

PROBE(.claim     = "After timer_delete() the timer id is gone: timer_gettime() on it fails with "
                   "EINVAL",
      .reference = "timer_delete(2) \"DESCRIPTION\"; timer_settime(2) \"ERRORS\" (EINVAL: timerid "
                   "is invalid)",
      .how       = "A timer armed for 60 s is deleted; timer_gettime() with its id must then fail "
                   "with EINVAL.");

PROBE_BODY
{
    struct itimerspec now;
    timer_t t = async_timer(SIGRTMIN, 0);
    async_arm(t, 60 * 1000000000LL, 0);

    EXPECT_OK(timer_delete(t));
    EXPECT_ERRNO(timer_gettime(t, &now), EINVAL);
}
