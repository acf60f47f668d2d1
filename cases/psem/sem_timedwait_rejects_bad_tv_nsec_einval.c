#include "psem.h"

PROBE(.claim     = "sem_timedwait() that would block fails with EINVAL when the deadline's tv_nsec "
                   "is not below 1000 million",
      .reference = "sem_wait(3) \"ERRORS\" (EINVAL: abs_timeout.tv_nsecs ... greater than or "
                   "equal to 1000 million)",
      .how       = "A child calls sem_timedwait() on a semaphore at 0 with tv_nsec = 1e9 (tv_sec "
                   "now) and reports the errno, which must be EINVAL; the call is bounded.",
      .layer     = "libc");

static sem_t sem;

static int bad_waiter(void *arg)
{
    struct timespec bad = psem_deadline(0);
    bad.tv_nsec = 1000000000L;
    return sem_timedwait(&sem, &bad) == 0 ? 0 : errno;
}

PROBE_BODY
{
    SETUP(sem_init(&sem, 0, 0));
    psem_expect_child_errno(probe_spawn(bad_waiter, NULL), EINVAL,
                            "sem_timedwait() at 0 with tv_nsec = 1000000000");
}
