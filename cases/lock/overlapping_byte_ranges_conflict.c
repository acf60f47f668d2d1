#include "lock.h"

PROBE(.claim     = "A write lock on a range that overlaps another process's locked range by part "
                   "of it conflicts (EAGAIN)",
      .reference = "fcntl(2) \"Advisory record locking\" (l_start, l_len)",
      .how       = "A child write-locks bytes 0-9 and holds them; another child's F_SETLK for a "
                   "write lock on bytes 9-18 (one byte in common) must fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 0, 10 }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 9, 10 });
    expect_child_errno(other, EAGAIN, PROBE_BOUND_MS, "F_SETLK F_WRLCK on bytes 9-18 over 0-9");
    lock_release(&h);
}
