#include "lock.h"

PROBE(.claim     = "flock(LOCK_SH) locks are shared: several opens of a file hold one at once",
      .reference = "flock(2) \"DESCRIPTION\" (LOCK_SH: \"More than one process may hold a shared "
                   "lock for a given file at a given time\")",
      .how       = "A child takes flock(LOCK_SH) and holds it; another child opening the file "
                   "afresh must get flock(LOCK_SH|LOCK_NB) at once.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ .flock_op = LOCK_SH }, 1);
    pid_t other = lock_try(path, (struct lock_step){ .flock_op = LOCK_SH | LOCK_NB });
    expect_child_errno(other, 0, PROBE_BOUND_MS, "flock(LOCK_SH|LOCK_NB) beside another LOCK_SH");
    lock_release(&h);
}
