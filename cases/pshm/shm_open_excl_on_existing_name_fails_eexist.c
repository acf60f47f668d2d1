#include "pshm.h"

PROBE(.claim     = "shm_open() with O_CREAT|O_EXCL on a name that exists fails with EEXIST",
      .reference = "shm_open(3) \"DESCRIPTION\" (O_EXCL) and \"ERRORS\" (EEXIST)",
      .how       = "Create a shared memory object, then shm_open() the same name again with "
                   "O_CREAT|O_EXCL|O_RDWR: it must fail with EEXIST.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    pshm_create(name, 0600, 0);
    EXPECT_ERRNO(shm_open(name, O_CREAT | O_EXCL | O_RDWR, 0600), EEXIST);
}
