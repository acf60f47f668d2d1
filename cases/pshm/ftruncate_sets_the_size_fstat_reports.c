#include "pshm.h"

PROBE(.claim     = "ftruncate() sets a shared memory object's size exactly, not rounded to "
                   "pages, as fstat() reports",
      .reference = "shm_open(3) \"DESCRIPTION\" (ftruncate, fstat)",
      .how       = "Create an object and ftruncate() it to 10000 bytes (not a page multiple); "
                   "fstat() must report st_size 10000.");

PROBE_BODY
{
    int fd = pshm_create(psem_name("pshm"), 0600, 0);
    EXPECT_OK(ftruncate(fd, 10000));
    EXPECT_EQ(pshm_stat(fd).st_size, 10000, "st_size after ftruncate(10000)");
}
