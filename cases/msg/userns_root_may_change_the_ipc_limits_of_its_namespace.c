#include "ipc_ns.h"
#include <fcntl.h>
#include <sched.h>
#include <sys/prctl.h>
#include <stdio.h>
#include <sys/wait.h>

PROBE(.claim     = "An unprivileged user who makes a user and an IPC namespace may, as root of that "
                   "user namespace, change the IPC limits (kernel.msgmni) of that IPC namespace",
      .reference = "ipc_namespaces(7); Documentation/admin-guide/sysctl/kernel.rst (msgmni); "
                   "commit \"sysctl: allow change system v ipc sysctls inside ipc namespace\"",
      .how       = "A child, as nobody when the probe is root, enters new user and IPC namespaces, "
                   "maps its uid to root there and writes 1234 to /proc/sys/kernel/msgmni: it must "
                   "be allowed and read back. SKIP as absent when opening it for writing gives "
                   "EACCES (before Linux 6.8 the IPC sysctls belong to the initial root); SKIP "
                   "without unprivileged user namespaces.",
      .since     = "6.8");

enum { AS_CLAIMED, NOT_KEPT, REFUSED, NO_IDENTITY, NO_USERNS, SETUP_FAILED };

static int map_to_root(uid_t outer)
{
    char map[64];
    int fd = open("/proc/self/uid_map", O_WRONLY | O_CLOEXEC);
    int len = snprintf(map, sizeof map, "0 %u 1\n", (unsigned)outer);
    int ok = fd != -1 && write(fd, map, (size_t)len) == len;
    if (fd != -1)
        close(fd);
    return ok ? 0 : -1;
}

static int child(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return NO_IDENTITY;
    prctl(PR_SET_DUMPABLE, 1); /* a change of uid made /proc/self root's; its uid_map is needed */
    uid_t outer = geteuid();
    if (unshare(CLONE_NEWUSER | CLONE_NEWIPC) != 0)
        return NO_USERNS;
    if (map_to_root(outer) != 0)
        return SETUP_FAILED;
    if (ipc_limit_write("kernel/msgmni", 1234) != 0)
        return errno == EACCES || errno == EPERM ? REFUSED : SETUP_FAILED;
    return ipc_limit_read("kernel/msgmni") == 1234 ? AS_CLAIMED : NOT_KEPT;
}

PROBE_BODY
{
    pid_t c = probe_spawn(child, NULL);
    int status = probe_reap(c, PROBE_BOUND_MS);
    int code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code == REFUSED)
        probe_skip_absent("root of a user namespace may not write the IPC sysctls of its IPC "
                          "namespace (/proc/sys/kernel/msgmni: EACCES)");
    if (code == NO_IDENTITY)
        probe_skip("needs another identity: the child could not become nobody");
    if (code == NO_USERNS)
        probe_skip("unprivileged user namespaces are not available (unshare(CLONE_NEWUSER) refused)");
    if (code == SETUP_FAILED)
        probe_error("a set-up step of the child failed (uid_map, or the write itself)");
    EXPECT_TRUE(code == AS_CLAIMED, "expected msgmni 1234 to be written and kept; observed %s",
                code == NOT_KEPT ? "another value read back" :
                status == -1 ? "no answer within the bound" : describe_status(status));
}
