#include "lock.h"

PROBE(.claim     = "A read lock held by one process refuses another process's write lock on the "
                   "same bytes (EAGAIN)",
      .reference = "fcntl(2) \"Advisory record locking\" (\"An exclusive lock excludes all "
                   "other locks, both shared and exclusive\")",
      .how       = "A child read-locks bytes 0-9 and holds them; another child's F_SETLK for a "
                   "write lock on bytes 5-6 must fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_RDLCK, 0, 10 }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 5, 2 });
    expect_child_errno(other, EAGAIN, PROBE_BOUND_MS, "F_SETLK F_WRLCK over another's read lock");
    lock_release(&h);
}
