#include "lock.h"

PROBE(.claim     = "flock(LOCK_EX) held through one open file refuses LOCK_EX|LOCK_NB through "
                   "another open of the file with EWOULDBLOCK",
      .reference = "flock(2) \"DESCRIPTION\" (LOCK_EX, LOCK_NB) and \"ERRORS\" (EWOULDBLOCK)",
      .how       = "A child opens the file, takes flock(LOCK_EX) and holds it; another child opens "
                   "the file and asks flock(LOCK_EX|LOCK_NB): it must fail with EWOULDBLOCK at "
                   "once.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ .flock_op = LOCK_EX }, 1);
    pid_t other = lock_try(path, (struct lock_step){ .flock_op = LOCK_EX | LOCK_NB });
    expect_child_errno(other, EWOULDBLOCK, PROBE_BOUND_MS, "flock(LOCK_EX|LOCK_NB) while "
                       "another open holds LOCK_EX");
    lock_release(&h);
}
