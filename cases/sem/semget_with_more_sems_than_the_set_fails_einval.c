#include "sysv_msgsem.h"

PROBE(.claim     = "semget on an existing key with nsems larger than the set fails with EINVAL; "
                   "a smaller or equal nsems finds the set",
      .reference = "semget(2) \"ERRORS\" (EINVAL)",
      .how       = "A keyed set of 2 exists; semget(key, 3) must fail with EINVAL, semget(key, 1) "
                   "must return the set's id.");

PROBE_BODY
{
    key_t key = msgsem_key('n');
    int id = SETUP(semget(key, 2, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);

    EXPECT_ERRNO(semget(key, 3, 0600), EINVAL);
    EXPECT_EQ(semget(key, 1, 0600), id, "id found by semget(key, 1)");
}
