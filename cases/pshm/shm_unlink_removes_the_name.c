#include "pshm.h"

PROBE(.claim     = "After shm_unlink() the name is gone: shm_open() of it without O_CREAT fails "
                   "with ENOENT",
      .reference = "shm_open(3) \"DESCRIPTION\" (shm_unlink)",
      .how       = "Create an object, shm_unlink() its name, then shm_open() the name O_RDWR "
                   "without O_CREAT: it must fail with ENOENT.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    pshm_create(name, 0600, 0);
    EXPECT_OK(shm_unlink(name));
    EXPECT_ERRNO(shm_open(name, O_RDWR, 0600), ENOENT);
}
