#include "sysv_shm.h"

PROBE(.claim     = "shmdt() of an address where no segment is attached (detached already) fails "
                   "with EINVAL",
      .reference = "shmdt(2) \"ERRORS\" (EINVAL)",
      .how       = "Attach, shmdt the address (succeeds), shmdt it again: -1 with EINVAL.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    void *mem = seg_attach(id, 0);
    SETUP(shmdt(mem));

    EXPECT_ERRNO(shmdt(mem), EINVAL);
}
