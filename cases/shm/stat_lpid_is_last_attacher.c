#include "sysv_shm.h"

PROBE(.claim     = "shm_lpid is the pid of the last process that attached or detached the segment, "
                   "and shm_atime is set by the attach",
      .reference = "shmctl(2) \"shmid_ds\" (shm_lpid, shm_atime), shmat(2) \"DESCRIPTION\"",
      .seed      = "SEED-51",
      .kind      = "confirms",
      .how       = "A child attaches and stays alive; IPC_STAT in the parent reports shm_lpid = the "
                   "child's pid (not the creator's) and a non-zero shm_atime.");

static int id;

static int attacher(void *arg)
{
    return shmat(id, NULL, 0) == (void *)-1;
}

PROBE_BODY
{
    id = seg_new(4096, 0600);
    struct stage child;
    SETUP(stage_start(&child, attacher, NULL) == 0 ? 0 : -1);
    struct shmid_ds ds = seg_stat(id);

    EXPECT_EQ(ds.shm_lpid, child.pid, "shm_lpid after the child's shmat");
    EXPECT_TRUE(ds.shm_atime != 0, "expected shm_atime set by the attach; observed 0");
    stage_end(&child);
}
