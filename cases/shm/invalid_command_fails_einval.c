#include "sysv_shm.h"

PROBE(.claim     = "shmctl() with a command it does not know fails with EINVAL",
      .reference = "shmctl(2) \"ERRORS\" (EINVAL: cmd is not a valid command)",
      .how       = "Call shmctl(id, 12345, &ds) on a valid segment: -1 with EINVAL.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    struct shmid_ds ds;

    EXPECT_ERRNO(shmctl(id, 12345, &ds), EINVAL);
}
