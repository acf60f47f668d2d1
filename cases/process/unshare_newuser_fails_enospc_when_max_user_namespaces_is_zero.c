#include "probe.h"
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sched.h>
#include <sys/wait.h>

PROBE(.claim     = "With user.max_user_namespaces at 0, unshare(CLONE_NEWUSER) fails with "
                   "ENOSPC",
      .reference = "unshare(2) \"ERRORS\" (ENOSPC since Linux 4.9); namespaces(7) "
                   "\"The /proc/sys/user directory\"",
      .since     = "4.9",
      .how       = "The limit is per user namespace (dbec28460a89 \"userns: Add per user "
                   "namespace sysctls.\", 4.9). If the box's own limit is 0 (user namespaces "
                   "disabled), a child's unshare(CLONE_NEWUSER) must fail with ENOSPC. "
                   "Otherwise a child makes a user namespace, sets its max_user_namespaces to "
                   "0 (it owns it) and unshare(CLONE_NEWUSER) again must fail with ENOSPC. A "
                   "box that refuses the first namespace (EPERM: "
                   "kernel.unprivileged_userns_clone=0, an LSM, seccomp) is a SKIP naming it, and so is "
                   "EINVAL in a child of more than one thread (an emulator's).");

/* Child exit codes: 0 the last unshare failed with ENOSPC; 1 it succeeded; 10 + errno (below
 * 100) another errno; 2 the first unshare was refused (EPERM); 3 the limit could not be set;
 * 4 EINVAL in a process of several threads. */
enum { GOT_ENOSPC = 0, GOT_NAMESPACE = 1, FIRST_REFUSED = 2, LIMIT_UNSET = 3, THREADED = 4,
       OTHER = 10 };
static int limit_is_zero;

/* The threads of this process, from /proc/self/status (0 if unreadable). */
static int threads(void)
{
    char buf[4096];
    int fd = open("/proc/self/status", O_RDONLY), n = 0;
    ssize_t len = fd < 0 ? -1 : read(fd, buf, sizeof buf - 1);
    if (fd >= 0)
        close(fd);
    buf[len > 0 ? len : 0] = '\0';
    const char *line = strstr(buf, "\nThreads:");
    return line && sscanf(line, "\nThreads: %d", &n) == 1 ? n : 0;
}

/* unshare(2): EINVAL for CLONE_NEWUSER in a multithreaded process (an emulator's threads:
 * qemu-user runs its own), which says nothing of the limit. */
static int refused(void)
{
    if (errno == EINVAL && threads() > 1)
        return THREADED;
    return errno == ENOSPC ? GOT_ENOSPC : OTHER + (errno < 90 ? errno : 89);
}

static int outcome(int r)
{
    return r == 0 ? GOT_NAMESPACE : refused();
}

static int nest(void *arg)
{
    if (limit_is_zero)
        return outcome(unshare(CLONE_NEWUSER));
    if (unshare(CLONE_NEWUSER) != 0)
        return errno == EPERM ? FIRST_REFUSED : refused();
    int fd = open("/proc/sys/user/max_user_namespaces", O_WRONLY);
    if (fd == -1 || write(fd, "0\n", 2) != 2)
        return LIMIT_UNSET;
    close(fd);
    return outcome(unshare(CLONE_NEWUSER));
}

PROBE_BODY
{
    limit_is_zero = probe_sysctl("user/max_user_namespaces") == 0;
    int status = probe_reap(probe_spawn(nest, NULL), PROBE_BOUND_MS);

    EXPECT_TRUE(status != -1 && WIFEXITED(status), "expected the child to exit; observed it %s",
                describe_status(status));
    int code = WEXITSTATUS(status);
    if (code == FIRST_REFUSED)
        probe_skip("unshare(CLONE_NEWUSER) refused with EPERM: unprivileged user namespaces are "
                   "disabled here (kernel.unprivileged_userns_clone=0, an LSM or seccomp)");
    if (code == THREADED)
        probe_skip("unshare(CLONE_NEWUSER) failed with EINVAL in a child that has more than one "
                   "thread (unshare(2): a multithreaded caller cannot; an emulator's own "
                   "threads, such as qemu-user's): the limit cannot be tried here");
    if (code == LIMIT_UNSET)
        probe_error("could not write 0 to max_user_namespaces inside the new user namespace");
    EXPECT_TRUE(code == GOT_ENOSPC, "expected unshare(CLONE_NEWUSER) to fail with ENOSPC under "
                "max_user_namespaces 0 (%s); observed %s",
                limit_is_zero ? "the box's own limit" : "set in a user namespace of our own",
                code == GOT_NAMESPACE ? "a new namespace" : errno_name(code - OTHER));
}
