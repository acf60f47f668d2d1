#include "sysv_shm.h"

PROBE(.claim     = "shm_nattch counts the current attaches: 0, 1, 2 as the segment is attached "
                   "twice, then 1, 0 as it is detached",
      .reference = "shmctl(2) \"shmid_ds\" (shm_nattch), shmat(2), shmdt(2)",
      .seed      = "SEED-51",
      .kind      = "confirms",
      .how       = "One process attaches the segment twice at two addresses and detaches both, "
                   "reading shm_nattch after each step.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    EXPECT_EQ(seg_nattch(id), 0, "shm_nattch before any attach");
    void *a = seg_attach(id, 0);
    EXPECT_EQ(seg_nattch(id), 1, "shm_nattch after one attach");
    void *b = seg_attach(id, 0);
    EXPECT_EQ(seg_nattch(id), 2, "shm_nattch after two attaches");
    SETUP(shmdt(a));
    EXPECT_EQ(seg_nattch(id), 1, "shm_nattch after one detach");
    SETUP(shmdt(b));
    EXPECT_EQ(seg_nattch(id), 0, "shm_nattch after both detaches");
}
