#include "lock.h"

PROBE(.claim     = "A fork child shares its parent's flock() lock through the inherited "
                   "descriptor: its own LOCK_EX|LOCK_NB there succeeds",
      .reference = "flock(2) \"DESCRIPTION\" (\"duplicate file descriptors (created by, for "
                   "example, fork(2) or dup(2)) refer to the same lock\")",
      .how       = "The probe takes flock(LOCK_EX) and forks; the child asks flock(LOCK_EX|LOCK_NB) "
                   "on the descriptor it inherited and must succeed (a fresh open in the child "
                   "would get EWOULDBLOCK).");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    SETUP(flock(fd, LOCK_EX));
    pid_t child = probe_fork();
    if (child == 0)
        _exit(child_errno(flock(fd, LOCK_EX | LOCK_NB)));
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the fork child's LOCK_EX|LOCK_NB on the "
                       "inherited descriptor");
}
