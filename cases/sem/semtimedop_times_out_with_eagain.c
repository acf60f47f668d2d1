#include "sysv_msgsem.h"
#include <time.h>

PROBE(.claim     = "semtimedop fails with EAGAIN when its timeout expires before the operation can "
                   "proceed",
      .reference = "semop(2) \"semtimedop()\" and \"ERRORS\" (EAGAIN)",
      .how       = "A child's -1 on a semaphore at 0 with a 20 ms timeout must fail with EAGAIN, "
                   "after at least 20 ms and within the bound; the value stays 0.");

static int id;

static int waiter(void *arg)
{
    struct timespec limit = { 0, 20 * 1000 * 1000 };
    long long start = probe_now_ms();
    if (semtimedop(id, &(struct sembuf){ .sem_op = -1 }, 1, &limit) != -1)
        return 0;
    int err = errno;
    return probe_now_ms() - start >= 19 ? err : 201; /* 201: returned before the timeout */
}

PROBE_BODY
{
    id = sem_set(1);
    pid_t child = probe_spawn(waiter, NULL);

    expect_child_errno(child, EAGAIN, 500, "semtimedop(-1, 20 ms) on a value of 0 (201: early return)");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 0, "value after the timed-out decrement");
}
