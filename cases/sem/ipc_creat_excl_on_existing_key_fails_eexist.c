#include "sysv_msgsem.h"

PROBE(.claim     = "semget(key, n, IPC_CREAT|IPC_EXCL) on a key that already has a set fails with "
                   "EEXIST; without IPC_CREAT a missing key fails with ENOENT",
      .reference = "semget(2) \"ERRORS\" (EEXIST, ENOENT)",
      .how       = "semget(key, 1, 0) on a fresh ftok() key must fail with ENOENT; after the set "
                   "is created, a second IPC_CREAT|IPC_EXCL must fail with EEXIST.");

PROBE_BODY
{
    key_t key = msgsem_key('e');
    EXPECT_ERRNO(semget(key, 1, 0600), ENOENT);
    int id = EXPECT_OK(semget(key, 1, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);

    EXPECT_ERRNO(semget(key, 1, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
}
