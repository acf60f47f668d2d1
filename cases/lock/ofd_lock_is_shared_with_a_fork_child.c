#include "lock.h"

PROBE(.claim     = "An OFD lock is shared by every descriptor of its open file description: a fork "
                   "child can re-lock the range through the descriptor it inherited",
      .reference = "fcntl(2) \"Open file description locks (non-POSIX)\" (\"inherited across "
                   "fork(2)\"; locks via the same open file description \"are always compatible\")",
      .since     = "3.15",
      .how       = "The probe takes an OFD write lock on the whole file and forks; the child's "
                   "F_OFD_SETLK for a write lock on bytes 0-9 through the inherited descriptor "
                   "must succeed (with a process-associated lock it fails with EAGAIN).");

PROBE_BODY
{
    const char *path = lock_file();
    int fd = lock_open(path, O_RDWR);
    EXPECT_OK(SINCE(lock_range(fd, F_OFD_SETLK, F_WRLCK, 0, 0), EINVAL));
    pid_t child = probe_fork();
    if (child == 0)
        _exit(child_errno(lock_range(fd, F_OFD_SETLK, F_WRLCK, 0, 10)));
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the fork child's OFD lock through the "
                       "inherited descriptor");
}
