#include "pshm.h"

PROBE(.claim     = "shm_open() with O_TRUNC of an existing object truncates it to length zero",
      .reference = "shm_open(3) \"DESCRIPTION\" (O_TRUNC: \"If the shared memory object already "
                   "exists, truncate it to zero bytes\")",
      .how       = "Create an object of 4096 bytes, then shm_open() the name again with "
                   "O_RDWR|O_TRUNC: fstat() of either descriptor must report st_size 0.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    int fd = pshm_create(name, 0600, 4096);
    int again = EXPECT_OK(shm_open(name, O_RDWR | O_TRUNC, 0));
    EXPECT_EQ(pshm_stat(again).st_size, 0, "st_size after shm_open(O_TRUNC)");
    EXPECT_EQ(pshm_stat(fd).st_size, 0, "st_size seen through the first descriptor");
}
