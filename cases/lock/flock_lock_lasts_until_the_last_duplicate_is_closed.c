#include "lock.h"

PROBE(.claim     = "A flock() lock is released when the last descriptor of its open file "
                   "description is closed, not at the first close",
      .reference = "flock(2) \"DESCRIPTION\" (\"released either by an explicit LOCK_UN ... or when "
                   "all such file descriptors have been closed\")",
      .how       = "The probe takes flock(LOCK_EX), dup()s the descriptor and closes the original: "
                   "another open's LOCK_EX|LOCK_NB must still fail with EWOULDBLOCK. After the "
                   "duplicate is closed too it must succeed.");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    SETUP(flock(fd, LOCK_EX));
    int dup_fd = SETUP(dup(fd));
    SETUP(close(fd));
    pid_t held = lock_try(path, (struct lock_step){ .flock_op = LOCK_EX | LOCK_NB });
    expect_child_errno(held, EWOULDBLOCK, PROBE_BOUND_MS, "LOCK_EX|LOCK_NB while a duplicate "
                       "is open");
    SETUP(close(dup_fd));
    pid_t freed = lock_try(path, (struct lock_step){ .flock_op = LOCK_EX | LOCK_NB });
    expect_child_errno(freed, 0, PROBE_BOUND_MS, "LOCK_EX|LOCK_NB after the last duplicate closed");
}
