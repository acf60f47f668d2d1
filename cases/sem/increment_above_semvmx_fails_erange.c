#include "sysv_msgsem.h"

PROBE(.claim     = "A semop that would raise a semaphore above SEMVMX fails with ERANGE",
      .reference = "semop(2) \"ERRORS\" (ERANGE)",
      .how       = "SEMVMX is read with semctl(IPC_INFO); with the value at SEMVMX a semop of +1 "
                   "must fail with ERANGE and the value stay SEMVMX.");

PROBE_BODY
{
    int id = sem_set(1), max = sem_value_max();
    sem_put(id, 0, max);

    EXPECT_ERRNO(semop(id, &(struct sembuf){ .sem_op = 1, .sem_flg = IPC_NOWAIT }, 1), ERANGE);
    EXPECT_EQ(sem_get(id, 0, GETVAL), max, "value after the refused +1");
}
