#include "sysv_msgsem.h"

PROBE(.claim     = "SETVAL wakes processes whose operation can now proceed",
      .reference = "semctl(2) \"DESCRIPTION\" (SETVAL: blocked semop() calls ... are woken up)",
      .how       = "A child blocks in a -1 on a semaphore at 0 (oracle, GETNCNT 1); SETVAL 3 must "
                   "wake it, leaving the value at 2.");

PROBE_BODY
{
    int id = sem_set(1);
    pid_t child = spawn_semop(id, &(struct sembuf){ .sem_op = -1 }, 1);

    expect_blocked_in(child, child, &SYSCALL_SEMOP, PROBE_BOUND_MS);
    EXPECT_OK(semctl(id, 0, SETVAL, (union semun){ .val = 3 }));
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the blocked -1, after SETVAL 3");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 2, "value after SETVAL 3 and the waiter's -1");
}
