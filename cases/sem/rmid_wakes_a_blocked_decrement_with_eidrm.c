#include "sysv_msgsem.h"

PROBE(.claim     = "Removing the set wakes a process blocked in a semop decrement with EIDRM",
      .reference = "semop(2) \"ERRORS\" (EIDRM)",
      .seed      = "SEED-66",
      .kind      = "confirms",
      .how       = "A child blocks in a -1 on a semaphore at 0 (oracle, GETNCNT 1); semctl(IPC_RMID) "
                   "must wake it with EIDRM.");

PROBE_BODY
{
    int id = sem_set(1);
    pid_t child = spawn_semop(id, &(struct sembuf){ .sem_op = -1 }, 1);

    expect_blocked_in(child, child, &SYSCALL_SEMOP, PROBE_BOUND_MS);
    EXPECT_EQ(semctl(id, 0, GETNCNT), 1, "GETNCNT before the removal");
    EXPECT_OK(semctl(id, 0, IPC_RMID));
    expect_child_errno(child, EIDRM, PROBE_BOUND_MS, "semop blocked on the removed set");
}
