#include "lock.h"

PROBE(.claim     = "F_SETLK of a write lock on a range another process has write-locked fails at "
                   "once with EAGAIN (Linux's choice of the EACCES or EAGAIN POSIX allows)",
      .reference = "fcntl(2) \"Advisory record locking\" (F_SETLK)",
      .how       = "A child opens the file and write-locks all of it with F_SETLK, then holds it. "
                   "Another child opens the file and asks F_SETLK for a write lock on bytes 0-9: "
                   "it must fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 0, 0 }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 0, 10 });
    expect_child_errno(other, EAGAIN, PROBE_BOUND_MS, "F_SETLK F_WRLCK while another process "
                       "holds a write lock");
    lock_release(&h);
}
