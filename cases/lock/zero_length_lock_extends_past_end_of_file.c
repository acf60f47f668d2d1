#include "lock.h"

PROBE(.claim     = "A lock with l_len 0 runs from l_start to the end of the file and beyond, "
                   "however far the file may grow",
      .reference = "fcntl(2) \"Advisory record locking\" (\"Specifying 0 for l_len has the special "
                   "meaning: lock all bytes starting at ... up to the end of file, no matter how "
                   "large the file grows\")",
      .how       = "A child write-locks from byte 50 with l_len 0 in a 100-byte file and holds it; "
                   "another child's F_SETLK for a write lock at byte 1000000 (far past the end) "
                   "must fail with EAGAIN.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 50, 0 }, 1);
    pid_t other = lock_try(path, (struct lock_step){ F_SETLK, F_WRLCK, 1000000, 1 });
    expect_child_errno(other, EAGAIN, PROBE_BOUND_MS, "F_SETLK F_WRLCK at byte 1000000");
    lock_release(&h);
}
