#include "lock.h"

PROBE(.claim     = "A child made by fork() does not inherit its parent's fcntl() record locks: "
                   "its own F_SETLK on the locked range fails with EAGAIN",
      .reference = "fcntl(2) \"Advisory record locking\" (\"Record locks are not inherited by a "
                   "child created via fork(2)\"); fork(2)",
      .how       = "The probe write-locks the whole file, then forks; the child, using the very "
                   "descriptor it inherited, asks F_SETLK for a write lock on bytes 0-9 and must "
                   "get EAGAIN: the lock is its parent's, not its own.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    SETUP(lock_range(fd, F_SETLK, F_WRLCK, 0, 0));
    pid_t child = probe_fork();
    if (child == 0)
        _exit(child_errno(lock_range(fd, F_SETLK, F_WRLCK, 0, 10)));
    expect_child_errno(child, EAGAIN, PROBE_BOUND_MS, "the fork child's F_SETLK on its parent's "
                       "locked file");
}
