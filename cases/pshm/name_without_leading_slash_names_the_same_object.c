#include "pshm.h"

PROBE(.claim     = "glibc's shm_open() treats a name without its leading slash as the same object: "
                   "\"name\" opens what \"/name\" created",
      .reference = "shm_open(3) \"DESCRIPTION\" (\"For portable use, a shared memory object should "
                   "be identified by a name of the form /somename\")",
      .layer     = "libc",
      .how       = "Create \"/ipcprobe-pshm-PID\" and shm_open() \"ipcprobe-pshm-PID\" (no slash) "
                   "O_RDWR without O_CREAT: it must succeed and fstat() must give the same inode.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    int fd = pshm_create(name, 0600, 0);
    int bare = EXPECT_OK(shm_open(name + 1, O_RDWR, 0600));
    EXPECT_EQ(pshm_stat(bare).st_ino, pshm_stat(fd).st_ino, "inode of \"name\" vs \"/name\"");
}
