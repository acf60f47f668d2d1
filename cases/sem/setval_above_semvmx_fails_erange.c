#include "sysv_msgsem.h"

PROBE(.claim     = "SETVAL of a value above SEMVMX fails with ERANGE",
      .reference = "semctl(2) \"ERRORS\" (ERANGE)",
      .how       = "SEMVMX is read with semctl(IPC_INFO); SETVAL of SEMVMX must succeed and of "
                   "SEMVMX + 1 must fail with ERANGE, leaving SEMVMX.");

PROBE_BODY
{
    int id = sem_set(1), max = sem_value_max();

    EXPECT_OK(semctl(id, 0, SETVAL, (union semun){ .val = max }));
    EXPECT_ERRNO(semctl(id, 0, SETVAL, (union semun){ .val = max + 1 }), ERANGE);
    EXPECT_EQ(sem_get(id, 0, GETVAL), max, "value after the refused SETVAL");
}
