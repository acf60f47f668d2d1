#include "pshm.h"

PROBE(.claim     = "A newly created shared memory object has length zero until ftruncate() sets "
                   "one",
      .reference = "shm_open(3) \"DESCRIPTION\" (\"A new shared memory object initially has zero "
                   "length\")",
      .how       = "Create an object with shm_open(O_CREAT|O_EXCL) and fstat() it: st_size must "
                   "be 0.");

PROBE_BODY
{
    int fd = pshm_create(psem_name("pshm"), 0600, 0);
    EXPECT_EQ(pshm_stat(fd).st_size, 0, "st_size of a new object");
}
