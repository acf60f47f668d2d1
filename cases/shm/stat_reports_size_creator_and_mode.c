#include "sysv_shm.h"

PROBE(.claim     = "IPC_STAT on a new segment reports its size, creator pid and uid, the mode "
                   "asked for, no attaches, and no last-operation pid yet",
      .reference = "shmctl(2) \"IPC_STAT\", \"shmid_ds\"",
      .seed      = "SEED-51",
      .kind      = "confirms",
      .how       = "Create a 12345-byte segment with mode 0640; IPC_STAT: shm_segsz 12345, "
                   "shm_cpid getpid(), uid and cuid geteuid(), mode & 0777 0640, nattch 0, lpid 0.");

PROBE_BODY
{
    int id = seg_new(12345, 0640);
    struct shmid_ds ds;
    PROBE_POISON(ds);
    EXPECT_OK(shmctl(id, IPC_STAT, &ds));

    EXPECT_EQ(ds.shm_segsz, 12345, "shm_segsz");
    EXPECT_EQ(ds.shm_cpid, getpid(), "shm_cpid");
    EXPECT_EQ(ds.shm_perm.cuid, geteuid(), "shm_perm.cuid");
    EXPECT_EQ(ds.shm_perm.uid, geteuid(), "shm_perm.uid");
    EXPECT_EQ(ds.shm_perm.mode & 0777, 0640, "shm_perm.mode & 0777");
    EXPECT_EQ(ds.shm_nattch, 0, "shm_nattch");
    EXPECT_EQ(ds.shm_lpid, 0, "shm_lpid");
}
