#include "lock.h"

PROBE(.claim     = "A write lock needs a descriptor open for writing: F_SETLK F_WRLCK on an "
                   "O_RDONLY descriptor fails with EBADF",
      .reference = "fcntl(2) \"ERRORS\" (EBADF: \"the file descriptor open mode doesn't "
                   "match with the type of lock requested\")",
      .how       = "Open the file O_RDONLY and ask F_SETLK for a write lock on bytes 0-9: it must "
                   "fail with EBADF (a read lock on the same descriptor succeeds).");

PROBE_BODY
{
    int fd = lock_open(lock_file(), O_RDONLY);
    EXPECT_ERRNO(lock_range(fd, F_SETLK, F_WRLCK, 0, 10), EBADF);
    EXPECT_OK(lock_range(fd, F_SETLK, F_RDLCK, 0, 10));
}
