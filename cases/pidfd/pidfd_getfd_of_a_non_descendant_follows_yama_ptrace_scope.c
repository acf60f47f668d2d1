#include "pidfd.h"
#include <stdio.h>
#include <sys/prctl.h>

PROBE(.claim     = "pidfd_getfd() on a process of the same user that is not a descendant "
                   "succeeds without Yama or with ptrace_scope 0, and fails with EPERM with "
                   "ptrace_scope 1 or more",
      .reference = "pidfd_getfd(2) \"ERRORS\"; ptrace(2) \"/proc/sys/kernel/yama/ptrace_scope\"",
      .since     = "5.6",
      .how       = "Two sibling children run as the same unprivileged user (nobody when the "
                   "test is root): a target that is dumpable and holds fd 0, and a prober that "
                   "takes it with pidfd_getfd() (8649c322f75c, 5.6), which needs ptrace attach "
                   "access. The expected answer follows /proc/sys/kernel/yama/ptrace_scope "
                   "(absent or 0: success; 1, relational: EPERM, the prober is no ancestor; "
                   "2, 3: EPERM) and the message names the scope.");

static struct sig_gate ready, done;
static int scope; /* -1: no Yama */
static pid_t target;

static int hold(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 2;
    if (prctl(PR_SET_DUMPABLE, 1) != 0)
        return 3;
    sig_gate_pass(&ready);
    sig_gate_wait(&done, 3 * PROBE_BOUND_MS); /* released (or killed) by the test */
    return 0;
}

/* Exit 0: pidfd_getfd worked; 10 + errno (below 100) when refused; 2: could not drop. */
static int probe_it(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 2;
    int fd = pidfd_open(target, 0);
    if (fd == -1)
        return 4;
    int got = pidfd_getfd(fd, 0, 0);
    return got >= 0 ? 0 : errno == ENOSYS ? 5 : 10 + (errno < 90 ? errno : 89);
}

static int read_scope(void)
{
    FILE *f = fopen("/proc/sys/kernel/yama/ptrace_scope", "r");
    int v = -1;
    if (!f)
        return -1;
    if (fscanf(f, "%d", &v) != 1)
        probe_error("cannot parse /proc/sys/kernel/yama/ptrace_scope");
    fclose(f);
    return v;
}

PROBE_BODY
{
    int self = EXPECT_OK(SINCE(pidfd_open(getpid(), 0), 0));
    close(self);
    scope = read_scope();
    sig_gate_open(&ready);
    sig_gate_open(&done);
    target = probe_spawn(hold, NULL);
    if (sig_gate_wait(&ready, PROBE_BOUND_MS) != 0) {
        kill(target, SIGKILL);
        probe_skip("the target could not become an unprivileged dumpable process");
    }
    pid_t prober = probe_spawn(probe_it, NULL);
    int status = probe_reap(prober, PROBE_BOUND_MS);
    kill(target, SIGKILL);
    probe_reap(target, PROBE_BOUND_MS);

    EXPECT_TRUE(status != -1 && WIFEXITED(status), "expected the prober to exit; observed it %s",
                describe_status(status));
    int code = WEXITSTATUS(status);
    if (code == 2)
        probe_skip("cannot drop to nobody to test an unprivileged prober");
    if (code == 5)
        probe_skip_absent("pidfd_getfd failed with ENOSYS");
    EXPECT_TRUE(code == 0 || code >= 10, "expected the prober to reach pidfd_getfd; observed it "
                "%s (4 = pidfd_open failed)", describe_status(status));
    const char *got = code == 0 ? "success" : errno_name(code - 10);
    if (scope <= 0)
        EXPECT_TRUE(code == 0, "expected pidfd_getfd on a sibling to succeed (%s); observed %s",
                    scope < 0 ? "no Yama" : "Yama ptrace_scope 0", got);
    else
        EXPECT_TRUE(code == 10 + EPERM, "expected pidfd_getfd on a sibling to fail with EPERM "
                    "(Yama ptrace_scope %d); observed %s", scope, got);
}
