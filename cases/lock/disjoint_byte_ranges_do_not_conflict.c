#include "lock.h"

PROBE(.claim     = "Record locks cover byte ranges: write locks of two processes on disjoint "
                   "ranges of one file do not conflict",
      .reference = "fcntl(2) \"Advisory record locking\" (l_start, l_len)",
      .how       = "A child write-locks bytes 0-9 and holds them; another child's F_SETLK for a "
                   "write lock on bytes 10-19 must succeed.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 0, 10 }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 10, 10 });
    expect_child_errno(other, 0, PROBE_BOUND_MS, "F_SETLK F_WRLCK on bytes 10-19 beside 0-9");
    lock_release(&h);
}
