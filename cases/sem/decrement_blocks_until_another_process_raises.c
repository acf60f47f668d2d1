#include "sysv_msgsem.h"

PROBE(.claim     = "semop blocks while a decrement would make the value negative, counts the waiter "
                   "in GETNCNT, and wakes when another process raises the value",
      .reference = "semop(2) \"DESCRIPTION\" (sem_op is less than zero)",
      .seed      = "SEED-64",
      .kind      = "confirms",
      .how       = "A child's -1 on a semaphore at 0 must be seen asleep in semop by the oracle, "
                   "with GETNCNT 1; a +1 from the test process wakes it; GETNCNT and the value then "
                   "read 0.");

static int id;

static int waiter(void *arg)
{
    return child_errno(semop(id, &(struct sembuf){ .sem_num = 0, .sem_op = -1 }, 1));
}

PROBE_BODY
{
    id = sem_set(1);
    pid_t child = probe_spawn(waiter, NULL);

    expect_blocked_in(child, child, &SYSCALL_SEMOP, PROBE_BOUND_MS);
    EXPECT_EQ(semctl(id, 0, GETNCNT), 1, "GETNCNT with one blocked decrement");
    SETUP(semop(id, &(struct sembuf){ .sem_num = 0, .sem_op = 1 }, 1));
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the blocked -1, after a +1");
    EXPECT_EQ(semctl(id, 0, GETNCNT), 0, "GETNCNT after the waiter woke");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 0, "value after +1 then the waiter's -1");
}
