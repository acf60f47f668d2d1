#include "sysv_msgsem.h"

PROBE(.claim     = "semget(key, nsems, IPC_CREAT) creates a set of nsems semaphores",
      .reference = "semget(2) \"DESCRIPTION\"",
      .seed      = "SEED-61",
      .kind      = "confirms",
      .how       = "A set created with nsems 3 must report sem_nsems 3 in IPC_STAT; semaphore 2 "
                   "must exist (GETVAL) and semaphore 3 must not (EINVAL).");

PROBE_BODY
{
    int id = EXPECT_OK(semget(IPC_PRIVATE, 3, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);
    struct semid_ds ds;

    PROBE_POISON(ds);
    EXPECT_OK(semctl(id, 0, IPC_STAT, (union semun){ .buf = &ds }));
    EXPECT_EQ(ds.sem_nsems, 3, "sem_nsems of a set created with nsems 3");
    EXPECT_OK(semctl(id, 2, GETVAL));
    EXPECT_ERRNO(semctl(id, 3, GETVAL), EINVAL);
}
