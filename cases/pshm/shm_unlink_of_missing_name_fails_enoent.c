#include "pshm.h"

PROBE(.claim     = "shm_unlink() of a name that does not exist fails with ENOENT",
      .reference = "shm_open(3) \"ERRORS\" (ENOENT: \"An attempt was to made to shm_unlink() a name that "
                   "does not exist\")",
      .how       = "shm_unlink() a fresh, never created name: it must fail with ENOENT.");

PROBE_BODY
{
    EXPECT_ERRNO(shm_unlink(psem_name("pshm-missing")), ENOENT);
}
