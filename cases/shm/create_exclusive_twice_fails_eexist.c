#include "sysv_shm.h"

PROBE(.claim     = "shmget(key, size, IPC_CREAT|IPC_EXCL|mode) creates a segment and returns its "
                   "id; the same call again fails with EEXIST",
      .reference = "shmget(2) \"ERRORS\" (EEXIST)",
      .seed      = "SEED-42",
      .kind      = "confirms",
      .how       = "With a fresh ftok() key, the first IPC_CREAT|IPC_EXCL call returns an id; the "
                   "identical second call returns -1 with EEXIST.");

PROBE_BODY
{
    key_t key = seg_key();
    int id = EXPECT_OK(shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_SHM, id, NULL);

    EXPECT_ERRNO(shmget(key, 4096, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
}
