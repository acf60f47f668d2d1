#include "sysv_msgsem.h"

PROBE(.claim     = "semop on a sem_num not in the set fails with EFBIG",
      .reference = "semop(2) \"ERRORS\" (EFBIG)",
      .how       = "On a set of 2, semop(+1) of semaphore 2 must fail with EFBIG; both semaphores "
                   "stay 0.");

PROBE_BODY
{
    int id = sem_set(2);

    EXPECT_ERRNO(semop(id, &(struct sembuf){ .sem_num = 2, .sem_op = 1, .sem_flg = IPC_NOWAIT }, 1), EFBIG);
    EXPECT_EQ(sem_get(id, 1, GETVAL), 0, "semaphore 1 after the refused semop");
}
