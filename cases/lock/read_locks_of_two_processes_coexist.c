#include "lock.h"

PROBE(.claim     = "Read locks are shared: a second process gets a read lock on a range another "
                   "process has read-locked",
      .reference = "fcntl(2) \"Advisory record locking\" (\"Any number of processes may hold a "
                   "read lock (shared lock) on a file region\")",
      .how       = "A child read-locks the whole file and holds it; another child's F_SETLK for a "
                   "read lock on bytes 0-49 must succeed.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_RDLCK, 0, 0 }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_RDLCK, 0, 50 });
    expect_child_errno(other, 0, PROBE_BOUND_MS, "F_SETLK F_RDLCK beside another read lock");
    lock_release(&h);
}
