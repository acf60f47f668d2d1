#include "sysv_msgsem.h"

PROBE(.claim     = "semctl(id, 0, IPC_RMID) removes the whole set at once, every semaphore in it",
      .reference = "semctl(2) \"IPC_RMID\"",
      .seed      = "SEED-61",
      .kind      = "confirms",
      .how       = "A keyed set of 3 is removed through semaphore number 0; GETVAL of semaphore 2 "
                   "must then fail with EINVAL and semget on the key with ENOENT.");

PROBE_BODY
{
    key_t key = msgsem_key('s');
    int id = SETUP(semget(key, 3, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);

    EXPECT_OK(semctl(id, 0, IPC_RMID));
    EXPECT_ERRNO(semctl(id, 2, GETVAL), EINVAL);
    EXPECT_ERRNO(semget(key, 3, 0600), ENOENT);
}
