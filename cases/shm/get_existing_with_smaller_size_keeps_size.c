#include "sysv_shm.h"

PROBE(.claim     = "shmget() of an existing key with a smaller size succeeds and the segment keeps "
                   "its size",
      .reference = "shmget(2) \"DESCRIPTION\", \"ERRORS\" (EINVAL)",
      .how       = "Create an 8192-byte keyed segment; ask for the key with 100 bytes: the same "
                   "id, and IPC_STAT still reports shm_segsz 8192.");

PROBE_BODY
{
    key_t key = seg_key();
    int id = seg_new_keyed(key, 8192, 0600);

    EXPECT_EQ(EXPECT_OK(shmget(key, 100, 0600)), id, "the id for a smaller size");
    EXPECT_EQ(seg_stat(id).shm_segsz, 8192, "shm_segsz");
}
