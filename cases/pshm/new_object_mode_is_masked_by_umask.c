#include "pshm.h"

PROBE(.claim     = "The mode of a new shared memory object is the mode given to shm_open() "
                   "masked by the process's umask",
      .reference = "shm_open(3) \"DESCRIPTION\" (O_CREAT: \"permission bits ... set according to "
                   "the low-order 9 bits of mode, except that those bits set in the process file "
                   "mode creation mask (see umask(2)) are cleared\")",
      .how       = "Set umask 027 and create an object with mode 0666; fstat() must report "
                   "permission bits 0640.");

PROBE_BODY
{
    umask(027);
    int fd = pshm_create(psem_name("pshm"), 0666, 0);
    EXPECT_EQ(pshm_stat(fd).st_mode & 0777, 0640, "permission bits (octal 0640 = 416)");
}
