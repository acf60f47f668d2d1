#include <stdio.h>
#include "pshm.h"

PROBE(.claim     = "On Linux a shared memory object \"/name\" is a file /dev/shm/name on a tmpfs",
      .reference = "shm_overview(7) \"Accessing shared memory objects via the filesystem\"",
      .layer     = "libc",
      .how       = "Create \"/ipcprobe-pshm-PID\" and stat() /dev/shm/ipcprobe-pshm-PID: it must "
                   "be a regular file with the same inode as the descriptor shm_open() returned.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    int fd = pshm_create(name, 0600, 0);
    char path[128];
    snprintf(path, sizeof path, "/dev/shm%s", name);
    struct stat st;
    EXPECT_OK(stat(path, &st));
    EXPECT_TRUE(S_ISREG(st.st_mode), "expected %s to be a regular file; observed mode 0%o",
                path, (unsigned)st.st_mode);
    EXPECT_EQ(st.st_ino, pshm_stat(fd).st_ino, "inode of the /dev/shm file vs the object's");
}
