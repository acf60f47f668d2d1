#include "sysv_shm.h"

PROBE(.claim     = "After IPC_RMID of a segment that is still attached, its key no longer finds "
                   "it: shmget(key, 0, 0) fails with ENOENT",
      .reference = "shmctl(2) \"IPC_RMID\", shmget(2) \"ERRORS\" (ENOENT)",
      .seed      = "SEED-50",
      .kind      = "corrects",
      .how       = "Create a keyed segment, attach it (so it survives), IPC_RMID, then look the "
                   "key up: -1 with ENOENT.");

PROBE_BODY
{
    key_t key = seg_key();
    int id = seg_new_keyed(key, 4096, 0600);
    seg_attach(id, 0);
    SETUP(shmctl(id, IPC_RMID, NULL));

    EXPECT_ERRNO(shmget(key, 0, 0), ENOENT);
}
