#include "pipe.h"
#include <fcntl.h>
#include <limits.h>
#include <sys/wait.h>

PROBE(.claim     = "An unprivileged process can grow a pipe up to /proc/sys/fs/pipe-max-size, and "
                   "F_SETPIPE_SZ above it fails with EPERM",
      .reference = "fcntl(2) \"Changing the capacity of a pipe\"; pipe(7) \"/proc files\"",
      .seed      = "SEED-12",
      .kind      = "corrects",
      .how       = "A child (dropped to nobody when run as root) asks for exactly pipe-max-size, "
                   "which must succeed, then for twice it, which must fail with EPERM "
                   "(CAP_SYS_RESOURCE would allow it). Child exit codes: 2 = drop failed, "
                   "3 = the maximum was refused, 4 = above it did not fail with EPERM.");

static int max;

static int unprivileged(void *arg)
{
    int fd[2];
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 2;
    if (pipe(fd) != 0)
        return 5;
    if (fcntl(fd[1], F_SETPIPE_SZ, max) < max)
        return 3;
    return fcntl(fd[1], F_SETPIPE_SZ, 2 * max) == -1 && errno == EPERM ? 0 : 4;
}

PROBE_BODY
{
    long limit = probe_sysctl("fs/pipe-max-size");
    if (limit > INT_MAX / 2)
        probe_skip("pipe-max-size %ld leaves no size above it to ask for", limit);
    max = (int)limit;
    pid_t child = probe_spawn(unprivileged, NULL);
    int status = probe_reap(child, PROBE_BOUND_MS);
    if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 2)
        probe_skip("cannot drop to nobody to test the unprivileged limit");
    EXPECT_TRUE(status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 0,
                "expected the unprivileged child to get pipe-max-size (%d) and EPERM above it "
                "(exit 0); observed it %s", max, describe_status(status));
}
