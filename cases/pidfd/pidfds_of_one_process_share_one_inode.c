#include "pidfd.h"
#include <sys/stat.h>
#include <sys/vfs.h>

PROBE(.claim     = "On pidfs, two pidfds of one process have the same inode and a pidfd of "
                   "another process has another",
      .reference = "pidfd_open(2) \"NOTES\" (comparing pidfds by st_ino)",
      .since     = "6.9",
      .how       = "Two pidfd_open() of one child and one of a second child: fstat() must give "
                   "the first two the same (st_dev, st_ino) and the third another st_ino "
                   "(cb12fd8e0dab \"pidfd: add pidfs\", 6.9). Before 6.9 every pidfd shared "
                   "the one anonymous inode (fstatfs not PID_FS_MAGIC): SKIP.");

PROBE_BODY
{
    struct pidfd_child one, two;
    pidfd_child_start(&one, 0);
    pidfd_child_start(&two, 0);
    int a = EXPECT_OK(SINCE(pidfd_open(one.pid, 0), 0));
    struct statfs fs;
    SETUP(fstatfs(a, &fs));
    if (fs.f_type != PID_FS_MAGIC)
        probe_skip_absent("pidfds are not on pidfs (f_type 0x%lx)", (unsigned long)fs.f_type);
    int b = EXPECT_OK(pidfd_open(one.pid, 0));
    int c = EXPECT_OK(pidfd_open(two.pid, 0));

    struct stat sa, sb, sc;
    EXPECT_OK(fstat(a, &sa));
    EXPECT_OK(fstat(b, &sb));
    EXPECT_OK(fstat(c, &sc));
    EXPECT_TRUE(sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino, "expected two pidfds of one "
                "process to share an inode; observed st_ino %llu and %llu",
                (unsigned long long)sa.st_ino, (unsigned long long)sb.st_ino);
    EXPECT_TRUE(sa.st_ino != sc.st_ino, "expected pidfds of two processes to have different "
                "inodes; observed both %llu", (unsigned long long)sa.st_ino);
    pidfd_child_release(&one);
    pidfd_child_release(&two);
    expect_child_exit(one.pid, 0, "the first child");
    expect_child_exit(two.pid, 0, "the second child");
}
