#include "sysv_shm.h"

PROBE(.claim     = "Creating a segment of size 0 (below SHMMIN, which is 1) fails with EINVAL",
      .reference = "shmget(2) \"ERRORS\" (EINVAL: size less than SHMMIN)",
      .how       = "shmget(IPC_PRIVATE, 0, IPC_CREAT|0600) must return -1 with EINVAL.");

PROBE_BODY
{
    int id = shmget(IPC_PRIVATE, 0, IPC_CREAT | 0600);
    int err = errno;
    if (id >= 0)
        probe_defer_remove(PROBE_SHM, id, NULL);
    EXPECT_TRUE(id == -1 && err == EINVAL, "expected -1/EINVAL for size 0; observed %d/%s", id,
                id == -1 ? errno_name(err) : "no error");
}
