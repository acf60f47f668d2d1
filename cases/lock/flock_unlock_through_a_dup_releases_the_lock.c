#include "lock.h"

PROBE(.claim     = "A flock() lock belongs to the open file description: LOCK_UN through a dup() "
                   "of the locking descriptor releases it",
      .reference = "flock(2) \"DESCRIPTION\" (\"the lock is released either by an explicit "
                   "LOCK_UN operation on any of these duplicate file descriptors\")",
      .how       = "The probe takes flock(LOCK_EX), dup()s the descriptor and calls flock(LOCK_UN) "
                   "on the duplicate; a child opening the file afresh must then get "
                   "flock(LOCK_EX|LOCK_NB).");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    SETUP(flock(fd, LOCK_EX));
    int dup_fd = SETUP(dup(fd));
    EXPECT_OK(flock(dup_fd, LOCK_UN));
    pid_t other = lock_try(path, (struct lock_step){ .flock_op = LOCK_EX | LOCK_NB });
    expect_child_errno(other, 0, PROBE_BOUND_MS, "another open's LOCK_EX after LOCK_UN on a dup");
}
