#include "lock.h"

PROBE(.claim     = "flock() locks of two separate opens of a file conflict even within one "
                   "process",
      .reference = "flock(2) \"DESCRIPTION\" (\"If a process uses open(2) (or similar) to obtain "
                   "more than one descriptor for the same file, these descriptors are treated "
                   "independently by flock()\")",
      .how       = "The probe opens the file twice and takes flock(LOCK_EX) through the first; "
                   "flock(LOCK_EX|LOCK_NB) through the second must fail with EWOULDBLOCK.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR), fd2 = lock_open(path, O_RDWR);
    SETUP(flock(fd, LOCK_EX));
    EXPECT_ERRNO(flock(fd2, LOCK_EX | LOCK_NB), EWOULDBLOCK);
}
