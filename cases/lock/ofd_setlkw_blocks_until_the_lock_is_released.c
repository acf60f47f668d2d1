#include "lock.h"

PROBE(.claim     = "F_OFD_SETLKW on a range locked through another open file description sleeps "
                   "until that lock is released",
      .reference = "fcntl(2) \"Open file description locks (non-POSIX)\" (F_OFD_SETLKW)",
      .since     = "3.15",
      .how       = "The probe takes an OFD write lock on the whole file; a child opening the file "
                   "afresh asks F_OFD_SETLKW for a write lock and the oracle must see it asleep in "
                   "fcntl(). The probe unlocks and the child must exit 0, its lock taken.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    EXPECT_OK(SINCE(lock_range(fd, F_OFD_SETLK, F_WRLCK, 0, 0), EINVAL));
    pid_t waiter = lock_try(path, (struct lock_step){ F_OFD_SETLKW, F_WRLCK, 0, 0 });
    expect_blocked(waiter, LOCK_NR_FCNTL, PROBE_BOUND_MS, "F_OFD_SETLKW on a locked file");
    SETUP(lock_range(fd, F_OFD_SETLK, F_UNLCK, 0, 0));
    expect_child_errno(waiter, 0, PROBE_BOUND_MS, "F_OFD_SETLKW once the lock was released");
}
