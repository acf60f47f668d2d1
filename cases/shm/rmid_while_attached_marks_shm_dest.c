#include "sysv_shm.h"

PROBE(.claim     = "IPC_RMID on a segment that is still attached does not destroy it: it is marked "
                   "SHM_DEST (and its key becomes IPC_PRIVATE) until the last detach",
      .reference = "shmctl(2) \"IPC_RMID\", \"SHM_DEST\"",
      .seed      = "SEED-50",
      .kind      = "corrects",
      .how       = "Create a keyed segment, attach, IPC_RMID; IPC_STAT by id still works, its mode "
                   "has SHM_DEST and its key is 0, and the data written before is still readable.");

PROBE_BODY
{
    int id = seg_new_keyed(seg_key(), 4096, 0600);
    char *mem = seg_attach(id, 0);
    strcpy(mem, "kept");
    EXPECT_OK(shmctl(id, IPC_RMID, NULL));

    struct shmid_ds ds;
    PROBE_POISON(ds);
    EXPECT_OK(shmctl(id, IPC_STAT, &ds));
    EXPECT_TRUE(ds.shm_perm.mode & SHM_DEST, "expected SHM_DEST in the mode; observed mode 0%o",
                (unsigned)ds.shm_perm.mode);
    EXPECT_EQ(ds.shm_perm.__key, IPC_PRIVATE, "the key of the removed segment");
    EXPECT_TRUE(!strcmp(mem, "kept"), "expected the data still readable; observed \"%.4s\"", mem);
}
