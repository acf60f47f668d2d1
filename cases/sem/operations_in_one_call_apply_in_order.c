#include "sysv_msgsem.h"

PROBE(.claim     = "The operations of one semop call are performed in array order",
      .reference = "semop(2) \"DESCRIPTION\" (performed in array order)",
      .how       = "On a semaphore at 0, one semop of {+2, -1, -1} with IPC_NOWAIT must succeed "
                   "(in order, no step goes below 0) and leave 0; {-1, +1} (in a child) must fail with EAGAIN "
                   "(its first step cannot proceed).");

PROBE_BODY
{
    int id = sem_set(1);
    struct sembuf up_first[3] = { { .sem_op = 2, .sem_flg = IPC_NOWAIT },
                                  { .sem_op = -1, .sem_flg = IPC_NOWAIT },
                                  { .sem_op = -1, .sem_flg = IPC_NOWAIT } };
    struct sembuf down_first[2] = { { .sem_op = -1, .sem_flg = IPC_NOWAIT },
                                    { .sem_op = 1, .sem_flg = IPC_NOWAIT } };

    EXPECT_OK(semop(id, up_first, 3));
    EXPECT_EQ(sem_get(id, 0, GETVAL), 0, "value after {+2, -1, -1}");
    expect_child_errno_at_once(spawn_semop(id, down_first, 2), &SYSCALL_SEMOP, EAGAIN,
                               "semop({-1, +1}, IPC_NOWAIT) on a value of 0");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 0, "value after the refused {-1, +1}");
}
