#include "psem.h"

PROBE(.claim     = "sem_timedwait() on a semaphore at 0 fails with ETIMEDOUT once the absolute "
                   "CLOCK_REALTIME deadline has passed, and not before it",
      .reference = "sem_wait(3) \"DESCRIPTION\" (sem_timedwait) and \"ERRORS\"",
      .how       = "A child calls sem_timedwait() with a deadline 20 ms ahead on a semaphore at 0 "
                   "and reports the errno; it must be ETIMEDOUT, reported no earlier than the "
                   "deadline. A wait that ignores the deadline is cut off at the bound (FAIL).",
      .layer     = "libc");

#define TIMEOUT_MS 20
static sem_t sem;

static int timed_waiter(void *arg)
{
    struct timespec deadline = psem_deadline(TIMEOUT_MS);
    if (sem_timedwait(&sem, &deadline) == 0)
        return 0;
    if (errno == ETIMEDOUT && psem_ms_since(&deadline) < 0)
        return PSEM_CHILD_EARLY;
    return errno;
}

PROBE_BODY
{
    SETUP(sem_init(&sem, 0, 0));
    psem_expect_child_errno(probe_spawn(timed_waiter, NULL), ETIMEDOUT,
                            "sem_timedwait() at 0 with a 20 ms deadline");
}
