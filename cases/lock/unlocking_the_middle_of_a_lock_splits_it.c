#include "lock.h"

PROBE(.claim     = "Unlocking the middle of a locked range splits it in two: the unlocked bytes "
                   "are free, the bytes on either side stay locked",
      .reference = "fcntl(2) \"Advisory record locking\" (F_UNLCK on part of a region)",
      .how       = "A child write-locks bytes 0-99, unlocks bytes 40-59 and holds the rest. "
                   "Another child's write lock on 40-59 must succeed; a third's on 60-69 must "
                   "fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_step steps[] = { { F_SETLK, F_WRLCK, 0, 100 }, { F_SETLK, F_UNLCK, 40, 20 } };
    struct lock_holder h = lock_hold(path, steps, 2);
    pid_t middle = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 40, 20 });
    expect_child_errno(middle, 0, PROBE_BOUND_MS, "a write lock on the unlocked bytes 40-59");
    pid_t tail = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 60, 10 });
    expect_child_errno(tail, EAGAIN, PROBE_BOUND_MS, "a write lock on bytes 60-69, still locked");
    lock_release(&h);
}
