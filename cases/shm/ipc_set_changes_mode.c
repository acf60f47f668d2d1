#include "sysv_shm.h"

PROBE(.claim     = "shmctl(IPC_SET) changes the segment's permission bits",
      .reference = "shmctl(2) \"IPC_SET\"",
      .seed      = "SEED-51",
      .kind      = "confirms",
      .how       = "Create with mode 0600, IPC_SET shm_perm.mode 0640 (from an IPC_STAT copy), "
                   "then IPC_STAT reports mode & 0777 == 0640.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    struct shmid_ds ds = seg_stat(id);
    ds.shm_perm.mode = 0640;
    EXPECT_OK(shmctl(id, IPC_SET, &ds));

    EXPECT_EQ(seg_stat(id).shm_perm.mode & 0777, 0640, "shm_perm.mode & 0777 after IPC_SET");
}
