#include "pidfd.h"
#include <stdio.h>
#include <sys/stat.h>

PROBE(.claim     = "ioctl(PIDFD_GET_UTS_NAMESPACE) on a pidfd opens the UTS namespace of that "
                   "process",
      .reference = "ioctl_ns(2); ioctl(2) on a pidfd of pidfd_open(2); "
                   "include/uapi/linux/pidfd.h \"PIDFD_GET_UTS_NAMESPACE\"",
      .since     = "6.11",
      .how       = "PIDFD_GET_UTS_NAMESPACE (5b08bd408534 \"pidfs: allow retrieval of namespace "
                   "file descriptors\", 6.11; ENOTTY before: SKIP) on a held child's pidfd must "
                   "return a new descriptor whose inode is that of /proc/<child>/ns/uts.");

#define PIDFD_GET_UTS_NAMESPACE _IO(0xFF, 10)

PROBE_BODY
{
    struct pidfd_child child;
    pidfd_child_start(&child, 0);
    int fd = EXPECT_OK(SINCE(pidfd_open(child.pid, 0), 0));
    char path[64];
    struct stat want, got;
    snprintf(path, sizeof path, "/proc/%d/ns/uts", (int)child.pid);
    SETUP(stat(path, &want));

    int ns = EXPECT_OK(SINCE(ioctl(fd, PIDFD_GET_UTS_NAMESPACE, 0), ENOTTY));
    EXPECT_OK(fstat(ns, &got));
    EXPECT_TRUE(got.st_dev == want.st_dev && got.st_ino == want.st_ino, "expected the namespace "
                "of %s (inode %llu); observed inode %llu", path,
                (unsigned long long)want.st_ino, (unsigned long long)got.st_ino);
    pidfd_child_release(&child);
    expect_child_exit(child.pid, 0, "the child");
}
