#include "lock.h"

PROBE(.claim     = "A process's own record locks never conflict with each other: a write lock "
                   "over its own read lock, through a second descriptor, succeeds at once",
      .reference = "fcntl(2) \"Advisory record locking\" (\"if a new lock is applied to an "
                   "already-locked region, then the existing lock is converted to the new lock type\")",
      .how       = "The probe opens the file twice, read-locks bytes 0-9 through the first "
                   "descriptor, then asks F_SETLK for a write lock on bytes 0-19 through the "
                   "second: it must succeed (the process is the only owner).");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR), fd2 = lock_open(path, O_RDWR);
    SETUP(lock_range(fd, F_SETLK, F_RDLCK, 0, 10));
    EXPECT_OK(lock_range(fd2, F_SETLK, F_WRLCK, 0, 20));
}
