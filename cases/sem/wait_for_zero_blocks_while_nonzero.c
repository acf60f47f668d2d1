#include "sysv_msgsem.h"

PROBE(.claim     = "A semop of 0 waits while the semaphore is not zero, counts in GETZCNT, and "
                   "wakes when the value reaches 0",
      .reference = "semop(2) \"DESCRIPTION\" (sem_op is zero)",
      .how       = "With the value at 1, a child's wait-for-zero must be seen asleep in semop by "
                   "the oracle with GETZCNT 1; a -1 from the test process wakes it.");

static int id;

static int waiter(void *arg)
{
    return child_errno(semop(id, &(struct sembuf){ .sem_num = 0, .sem_op = 0 }, 1));
}

PROBE_BODY
{
    id = sem_set(1);
    sem_put(id, 0, 1);
    pid_t child = probe_spawn(waiter, NULL);

    expect_blocked_in(child, child, &SYSCALL_SEMOP, PROBE_BOUND_MS);
    EXPECT_EQ(semctl(id, 0, GETZCNT), 1, "GETZCNT with one blocked wait-for-zero");
    SETUP(semop(id, &(struct sembuf){ .sem_num = 0, .sem_op = -1 }, 1));
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the wait-for-zero, after the value reached 0");
}
