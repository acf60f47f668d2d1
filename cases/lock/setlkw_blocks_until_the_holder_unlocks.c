#include "lock.h"

PROBE(.claim     = "F_SETLKW on a range another process has locked sleeps until that lock is "
                   "released, then takes the lock",
      .reference = "fcntl(2) \"Advisory record locking\" (F_SETLKW)",
      .how       = "A child holds a write lock on the whole file; a second child asks F_SETLKW for "
                   "a write lock and the oracle must see it asleep in fcntl(). When the holder "
                   "lets go (exits), the waiter must exit 0, its F_SETLKW having succeeded.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 0, 0 }, 1);
    pid_t waiter = lock_try(path, (struct lock_step){ F_SETLKW, F_WRLCK, 0, 0 });
    expect_blocked(waiter, LOCK_NR_FCNTL, PROBE_BOUND_MS, "F_SETLKW on a locked file");
    lock_release(&h);
    expect_child_errno(waiter, 0, PROBE_BOUND_MS, "F_SETLKW once the holder let go");
}
