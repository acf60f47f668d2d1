#include <sys/vfs.h>
#include "lock.h"

PROBE(.claim     = "flock() locks and fcntl() record locks are independent on Linux: an exclusive "
                   "flock() does not stop another process's fcntl() write lock",
      .reference = "flock(2) \"NOTES\" (\"there is no interaction between the types of lock "
                   "placed by flock() and fcntl(2)\"; NFS and CIFS differ)",
      .how       = "A child holds flock(LOCK_EX) on the file; another child's F_SETLK for a write "
                   "lock on the whole file must succeed. (SKIP when the probe's directory is on "
                   "NFS or CIFS, which emulate flock() with byte-range locks.)");

PROBE_BODY
{
    const char *path = lock_file();
    struct statfs fs;
    SETUP(statfs(path, &fs));
    uint32_t type = (uint32_t)fs.f_type; /* NFS, CIFS, SMB2 (statfs(2)) */
    if (type == 0x6969 || type == 0xFF534D42 || type == 0xFE534D42)
        probe_skip("%s is on NFS or CIFS, where flock() locks are fcntl() byte-range locks "
                   "(flock(2) NOTES)", path);
    struct lock_holder h = lock_hold(path, &(struct lock_step){ .flock_op = LOCK_EX }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 0, 0 });
    expect_child_errno(other, 0, PROBE_BOUND_MS, "an fcntl() write lock beside a flock(LOCK_EX)");
    lock_release(&h);
}
