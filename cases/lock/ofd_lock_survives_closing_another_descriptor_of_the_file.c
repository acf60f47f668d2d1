#include "lock.h"

PROBE(.claim     = "An open file description lock (F_OFD_SETLK) is not dropped when the process "
                   "closes another descriptor of the same file, unlike a process-associated lock",
      .reference = "fcntl(2) \"Open file description locks (non-POSIX)\"",
      .since     = "3.15",
      .how       = "The probe opens the file twice, takes an OFD write lock through the first "
                   "descriptor and closes the second. Another process's F_OFD_SETLK for a write "
                   "lock must still fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR), other_fd = lock_open(path, O_RDONLY);
    EXPECT_OK(SINCE(lock_range(fd, F_OFD_SETLK, F_WRLCK, 0, 0), EINVAL));
    SETUP(close(other_fd));
    pid_t other = lock_try(path, (struct lock_step){ F_OFD_SETLK, F_WRLCK, 0, 0 });
    expect_child_errno(other, EAGAIN, PROBE_BOUND_MS, "another process's OFD lock after we "
                       "closed a second descriptor");
}
