#include "lock.h"

PROBE(.claim     = "OFD locks belong to the open file description, not the process: two opens of "
                   "one file in one process conflict (EAGAIN)",
      .reference = "fcntl(2) \"Open file description locks (non-POSIX)\" (\"open file description "
                   "locks may conflict with each other when they are acquired via different open file "
                   "descriptions\")",
      .since     = "3.15",
      .how       = "The probe opens the file twice and takes an OFD write lock on bytes 0-9 through "
                   "the first descriptor; F_OFD_SETLK for a write lock on bytes 5-14 through the "
                   "second must fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR), fd2 = lock_open(path, O_RDWR);
    EXPECT_OK(SINCE(lock_range(fd, F_OFD_SETLK, F_WRLCK, 0, 10), EINVAL));
    EXPECT_ERRNO(lock_range(fd2, F_OFD_SETLK, F_WRLCK, 5, 10), EAGAIN);
}
