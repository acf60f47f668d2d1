#include "lock.h"

PROBE(.claim     = "Closing any descriptor of a file releases every fcntl() record lock the "
                   "process holds on it, even locks taken through another descriptor",
      .reference = "fcntl(2) \"Advisory record locking\" (\"If a process closes any file "
                   "descriptor referring to a file, then all of the process's locks on that file "
                   "are released\")",
      .how       = "The probe opens the file twice, write-locks it through the first descriptor "
                   "and closes the second. Another process's F_SETLK for a write lock must then "
                   "succeed: the lock is gone though its descriptor is still open.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR), other_fd = lock_open(path, O_RDONLY);
    SETUP(lock_range(fd, F_SETLK, F_WRLCK, 0, 0));
    pid_t before = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 0, 0 });
    expect_child_errno(before, EAGAIN, PROBE_BOUND_MS, "another process's lock while ours is held");
    SETUP(close(other_fd));
    pid_t after = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 0, 0 });
    expect_child_errno(after, 0, PROBE_BOUND_MS, "another process's lock after we closed a second "
                       "descriptor of the file");
}
