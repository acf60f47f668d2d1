#include "lock.h"

PROBE(.claim     = "flock(LOCK_EX) without LOCK_NB sleeps while another open file holds the lock, "
                   "and takes it once that lock is released",
      .reference = "flock(2) \"DESCRIPTION\" (\"A call to flock() may block if an incompatible lock "
                   "is held by another process\")",
      .how       = "A child holds flock(LOCK_EX); a second child asks flock(LOCK_EX) on its own open "
                   "and the oracle must see it asleep in flock(). When the holder exits, the "
                   "waiter must exit 0, its flock() having succeeded.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ .flock_op = LOCK_EX }, 1);
    pid_t waiter = lock_try(path, (struct lock_step){ .flock_op = LOCK_EX });
    expect_blocked(waiter, SYS_flock, PROBE_BOUND_MS, "flock(LOCK_EX) on a locked file");
    lock_release(&h);
    expect_child_errno(waiter, 0, PROBE_BOUND_MS, "flock(LOCK_EX) once the holder let go");
}
