#include "lock.h"

PROBE(.claim     = "F_OFD_GETLK reports a conflicting OFD lock with l_pid -1: such a lock has no "
                   "owning process",
      .reference = "fcntl(2) \"Advisory record locking\" (F_GETLK: \"If the conflicting lock is an open "
                   "file description lock, then l_pid is set to -1\"); fcntl(2) \"Open file "
                   "description locks (non-POSIX)\"",
      .since     = "3.15",
      .how       = "A child takes an OFD write lock on bytes 0-9 and holds it; the probe's "
                   "F_OFD_GETLK for a write lock on bytes 0-99 must answer F_WRLCK with l_pid -1.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    (void)SINCE(lock_range(fd, F_OFD_GETLK, F_WRLCK, 0, 1), EINVAL);
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_OFD_SETLK, F_WRLCK, 0, 10 }, 1);
    struct flock fl = lock_query(fd, F_OFD_GETLK, F_WRLCK, 0, 100);
    EXPECT_TRUE(fl.l_type == F_WRLCK, "l_type: expected F_WRLCK; observed %s",
                lock_type_name(fl.l_type));
    EXPECT_EQ(fl.l_pid, -1, "l_pid of an OFD lock");
    lock_release(&h);
}
