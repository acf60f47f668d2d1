#include "pshm.h"

PROBE(.claim     = "shm_unlink() of a name that does not exist fails with ENOENT",
      .reference = "shm_unlink(3) \"ERRORS\" (ENOENT); shm_open(3)",
      .how       = "shm_unlink() a fresh, never created name: it must fail with ENOENT.");

PROBE_BODY
{
    EXPECT_ERRNO(shm_unlink(psem_name("pshm-missing")), ENOENT);
}
