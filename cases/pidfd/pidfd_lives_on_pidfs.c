#include "pidfd.h"
#include <sys/vfs.h>

PROBE(.claim     = "A pidfd's file lives on pidfs: fstatfs() reports f_type PID_FS_MAGIC",
      .reference = "pidfd_open(2) \"NOTES\"; statfs(2) (PID_FS_MAGIC 0x50494446)",
      .since     = "6.9",
      .how       = "fstatfs() on a pidfd of the test itself must report PID_FS_MAGIC "
                   "(cb12fd8e0dab \"pidfd: add pidfs\", 6.9). Before 6.9 a pidfd was an "
                   "anonymous inode (ANON_INODE_FS_MAGIC): SKIP naming the version; any other "
                   "file system: FAIL.");

PROBE_BODY
{
    int fd = EXPECT_OK(SINCE(pidfd_open(getpid(), 0), 0));
    struct statfs fs;
    EXPECT_OK(fstatfs(fd, &fs));
    if (fs.f_type == ANON_INODE_FS_MAGIC)
        probe_skip_absent("the pidfd is an anonymous inode (anon_inodefs), not on pidfs");
    EXPECT_TRUE(fs.f_type == PID_FS_MAGIC, "expected f_type PID_FS_MAGIC (0x%x); observed "
                "0x%lx", PID_FS_MAGIC, (unsigned long)fs.f_type);
}
