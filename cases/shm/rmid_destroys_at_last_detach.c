#include "sysv_shm.h"

PROBE(.claim     = "A segment removed with IPC_RMID while attached is destroyed at its last "
                   "detach: the id answers IPC_STAT until then, and EINVAL after",
      .reference = "shmctl(2) \"IPC_RMID\" (destroyed only after the last process detaches)",
      .seed      = "SEED-50",
      .kind      = "corrects",
      .how       = "Attach, IPC_RMID: IPC_STAT by id still succeeds (nattch 1). After shmdt, "
                   "IPC_STAT by id fails with EINVAL: the segment is gone.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    void *mem = seg_attach(id, 0);
    SETUP(shmctl(id, IPC_RMID, NULL));
    struct shmid_ds ds;
    PROBE_POISON(ds);
    EXPECT_OK(shmctl(id, IPC_STAT, &ds));
    EXPECT_EQ(ds.shm_nattch, 1, "shm_nattch of the removed segment before the last detach");

    SETUP(shmdt(mem));
    EXPECT_ERRNO(shmctl(id, IPC_STAT, &ds), EINVAL);
}
