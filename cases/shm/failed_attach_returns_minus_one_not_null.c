#include "sysv_shm.h"

PROBE(.claim     = "On failure shmat() returns (void *) -1, not NULL",
      .reference = "shmat(2) \"RETURN VALUE\"",
      .seed      = "SEED-47",
      .kind      = "corrects",
      .how       = "Attach an id that no longer exists (a segment created and removed): shmat "
                   "returns exactly (void *) -1 with errno set; a NULL check would miss it.");

PROBE_BODY
{
    int id = SETUP(shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SHM, id, NULL);
    SETUP(shmctl(id, IPC_RMID, NULL));

    void *mem = shmat(id, NULL, 0);
    EXPECT_TRUE(mem == (void *)-1, "expected (void *) -1 from a failed shmat; observed %p (errno %s)",
                mem, errno_name(errno));
}
