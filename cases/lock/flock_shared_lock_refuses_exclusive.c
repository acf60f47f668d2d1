#include "lock.h"

PROBE(.claim     = "A shared flock() lock refuses an exclusive one through another open file "
                   "(LOCK_EX|LOCK_NB fails with EWOULDBLOCK)",
      .reference = "flock(2) \"DESCRIPTION\" (LOCK_SH, LOCK_EX)",
      .how       = "A child takes flock(LOCK_SH) and holds it; another child opening the file "
                   "afresh asks flock(LOCK_EX|LOCK_NB) and must fail with EWOULDBLOCK.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ .flock_op = LOCK_SH }, 1);
    pid_t other = lock_try(path, (struct lock_step){ .flock_op = LOCK_EX | LOCK_NB });
    expect_child_errno(other, EWOULDBLOCK, PROBE_BOUND_MS, "flock(LOCK_EX|LOCK_NB) over a LOCK_SH");
    lock_release(&h);
}
