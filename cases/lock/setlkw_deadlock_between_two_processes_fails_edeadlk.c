#include "lock.h"

PROBE(.claim     = "When two processes' F_SETLKW requests would wait on each other, the kernel "
                   "refuses the one that closes the cycle with EDEADLK",
      .reference = "fcntl(2) \"ERRORS\" (EDEADLK); fcntl(2) \"Advisory record locking\"",
      .how       = "The probe write-locks byte 0. A child holds byte 1 and waits in F_SETLKW for "
                   "byte 0 (the oracle sees it asleep in fcntl). The probe's own F_SETLKW for byte "
                   "1 must then fail with EDEADLK at once instead of waiting.");

static const char *path;

static int holds_byte_1_then_waits_for_byte_0(void *ready)
{
    int fd = open(path, O_RDWR);
    if (fd == -1 || lock_range(fd, F_SETLK, F_WRLCK, 1, 1) == -1)
        return 2;
    if (write(*(int *)ready, "r", 1) != 1)
        return 3;
    return lock_range(fd, F_SETLKW, F_WRLCK, 0, 1) == 0 ? 0 : 4;
}

PROBE_BODY
{
    path = lock_file();
    int fd = lock_open(path, O_RDWR), ready[2];
    char c;
    SETUP(lock_range(fd, F_SETLK, F_WRLCK, 0, 1));
    SETUP(pipe(ready));
    pid_t child = probe_spawn(holds_byte_1_then_waits_for_byte_0, &ready[1]);
    SETUP(read(ready[0], &c, 1));
    expect_blocked(child, LOCK_NR_FCNTL, PROBE_BOUND_MS, "the child's F_SETLKW for byte 0");

    EXPECT_ERRNO(lock_range(fd, F_SETLKW, F_WRLCK, 1, 1), EDEADLK);
    SETUP(close(fd));
    expect_child_exit(child, 0, "the child, once byte 0 was free (4: its F_SETLKW failed)");
}
