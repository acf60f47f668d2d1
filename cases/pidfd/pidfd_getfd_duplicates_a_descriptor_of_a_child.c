#include "pidfd.h"
#include <poll.h>

PROBE(.claim     = "pidfd_getfd() gives the caller a close-on-exec duplicate of a descriptor "
                   "open in another process",
      .reference = "pidfd_getfd(2) \"DESCRIPTION\"",
      .since     = "5.6",
      .how       = "A child makes a pipe after fork (the test has no copy), tells the test the "
                   "number of its write end and waits to read one byte. The test takes that "
                   "end with pidfd_getfd() (8649c322f75c \"pid: Implement pidfd_getfd "
                   "syscall\", 5.6; ENOSYS: SKIP), checks FD_CLOEXEC on it and writes 'x': the "
                   "child exits 0 only if that byte reached its own pipe. EPERM under Yama "
                   "ptrace_scope 2/3 or another policy: SKIP naming it.");

static int report[2];

static int holder(void *arg)
{
    int p[2];
    char c;
    if (pipe(p) != 0 || write(report[1], &p[1], sizeof p[1]) != sizeof p[1])
        return 2;
    struct pollfd w = { .fd = p[0], .events = POLLIN };
    if (poll(&w, 1, probe_ms(PROBE_BOUND_MS)) != 1)
        return 3;
    return read(p[0], &c, 1) == 1 && c == 'x' ? 0 : 4;
}

PROBE_BODY
{
    SETUP(pipe(report));
    pid_t child = probe_spawn(holder, NULL);
    close(report[1]); /* a child that dies unreported gives end of file, not a hang */
    int fd = EXPECT_OK(SINCE(pidfd_open(child, 0), 0));
    int target;
    EXPECT_TRUE(read(report[0], &target, sizeof target) == sizeof target,
                "expected the child to report its descriptor; observed it did not");
    int dup = SINCE(pidfd_getfd(fd, target, 0), 0);
    if (dup == -1 && errno == EPERM)
        probe_skip("pidfd_getfd refused with EPERM: ptrace access to a child is denied "
                   "(Yama ptrace_scope 2 or 3, seccomp, or an LSM policy)");
    EXPECT_OK(dup);
    EXPECT_EQ(fd_cloexec(dup), 1, "FD_CLOEXEC on the descriptor pidfd_getfd returned");
    SETUP(write(dup, "x", 1));
    expect_child_exit(child, 0, "the child reading its pipe (3 = nothing came)");
}
