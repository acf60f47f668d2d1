#include "sysv_msgsem.h"

PROBE(.claim     = "The operations of one semop call are applied atomically: all of them or none",
      .reference = "semop(2) \"DESCRIPTION\" (atomically ... only if all of them can be performed)",
      .how       = "Semaphores are 1 and 0; a child's semop of {sem 0: -1, sem 1: -1} with "
                   "IPC_NOWAIT must fail with EAGAIN and leave semaphore 0 at 1 (its own operation could have "
                   "proceeded).");

PROBE_BODY
{
    int id = sem_set(2);
    sem_put(id, 0, 1);
    struct sembuf ops[2] = { { .sem_num = 0, .sem_op = -1, .sem_flg = IPC_NOWAIT },
                             { .sem_num = 1, .sem_op = -1, .sem_flg = IPC_NOWAIT } };

    expect_child_errno_at_once(spawn_semop(id, ops, 2), &SYSCALL_SEMOP, EAGAIN,
                               "semop({0: -1, 1: -1}, IPC_NOWAIT) with semaphore 1 at 0");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 1, "semaphore 0 after the failed two-operation semop");
    EXPECT_EQ(sem_get(id, 1, GETVAL), 0, "semaphore 1 after the failed two-operation semop");
}
