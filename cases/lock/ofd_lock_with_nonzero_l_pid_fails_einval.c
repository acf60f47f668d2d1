#include "lock.h"

PROBE(.claim     = "An OFD lock request must set l_pid to 0: any other value fails with EINVAL",
      .reference = "fcntl(2) \"Open file description locks (non-POSIX)\" (\"the l_pid field ... "
                   "must be set to zero\")",
      .since     = "3.15",
      .how       = "F_OFD_SETLK with l_pid 0 takes a write lock; the same request with l_pid set "
                   "to the caller's pid must fail with EINVAL.");

PROBE_BODY
{
    int fd = lock_open(lock_file(), O_RDWR);
    EXPECT_OK(SINCE(lock_range(fd, F_OFD_SETLK, F_WRLCK, 0, 10), EINVAL));
    struct flock fl = { .l_type = F_WRLCK, .l_whence = SEEK_SET, .l_start = 20, .l_len = 10,
                        .l_pid = getpid() };
    EXPECT_ERRNO(fcntl(fd, F_OFD_SETLK, &fl), EINVAL);
}
