#include "pshm.h"

PROBE(.claim     = "shm_open() without O_CREAT of a name that does not exist fails with ENOENT",
      .reference = "shm_open(3) \"ERRORS\" (ENOENT)",
      .how       = "shm_open() a fresh, never created name with O_RDWR and no O_CREAT: it must fail "
                   "with ENOENT (and create nothing: a second try fails the same way).");

PROBE_BODY
{
    const char *name = psem_name("pshm-missing");
    probe_defer_remove(PROBE_POSIX_SHM, 0, name); /* should a broken shm_open create it */
    EXPECT_ERRNO(shm_open(name, O_RDWR, 0600), ENOENT);
    EXPECT_ERRNO(shm_open(name, O_RDWR, 0600), ENOENT);
}
