#include "sysv_shm.h"

PROBE(.claim     = "shmdt() removes only this process's mapping: the segment remains, its key "
                   "still finds the same id, and shm_nattch drops by one",
      .reference = "shmdt(2) \"DESCRIPTION\"",
      .seed      = "SEED-49",
      .kind      = "confirms",
      .how       = "Create a keyed segment, attach (nattch 1), shmdt: shmget(key, 0, 0) returns "
                   "the same id and shm_nattch is 0.");

PROBE_BODY
{
    key_t key = seg_key();
    int id = seg_new_keyed(key, 4096, 0600);
    void *mem = seg_attach(id, 0);
    EXPECT_OK(shmdt(mem));

    EXPECT_EQ(EXPECT_OK(shmget(key, 0, 0)), id, "the id the key finds after shmdt");
    EXPECT_EQ(seg_nattch(id), 0, "shm_nattch after shmdt");
}
