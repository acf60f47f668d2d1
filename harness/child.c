/*
 * Children: fork, bounded reaping, and decoding of how a child ended.
 *
 * The harness's own waiting and killing go straight to the kernel (wait4, kill through
 * syscall()), not through libc's waitpid() and kill(): a mutant that breaks those for the
 * probe must not also break the bound that turns its damage into a verdict.
 */
#include "probe.h"
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

pid_t probe_fork(void)
{
    pid_t pid = fork();
    if (pid == -1)
        probe_error("fork failed: %s", errno_name(errno));
    return pid;
}

pid_t probe_spawn(int (*fn)(void *), void *arg)
{
    pid_t pid = probe_fork();
    if (pid == 0)
        _exit(fn(arg));
    return pid;
}

static pid_t harness_wait(pid_t pid, int *status, int flags)
{
    return (pid_t)syscall(SYS_wait4, pid, status, flags, NULL);
}

int probe_child_ended(pid_t pid, int *status)
{
    pid_t r = harness_wait(pid, status, WNOHANG);
    if (r == -1)
        probe_error("waitpid(%d) failed: %s", (int)pid, errno_name(errno));
    return r == pid;
}

/* pidfd_open is a harness convenience (no libc wrapper on musl); the bound works without it. */
static int open_pidfd(pid_t pid)
{
#ifdef SYS_pidfd_open
    return (int)syscall(SYS_pidfd_open, pid, 0);
#else
    (void)pid;
    errno = ENOSYS;
    return -1;
#endif
}

int probe_reap(pid_t pid, int ms)
{
    long long deadline = probe_now_ms() + probe_ms(ms);
    int status, fd = open_pidfd(pid);

    for (;;) {
        if (probe_child_ended(pid, &status)) {
            if (fd >= 0)
                close(fd);
            return status;
        }
        long long left = deadline - probe_now_ms();
        if (left <= 0)
            break;
        if (fd >= 0)
            poll(&(struct pollfd){ .fd = fd, .events = POLLIN }, 1, (int)left);
        else
            sched_yield();
    }
    if (fd >= 0)
        close(fd);
    syscall(SYS_kill, pid, SIGKILL);
    harness_wait(pid, &status, 0);
    return -1;
}

void expect_child_exit_at(const char *file, int line, pid_t pid, int code, const char *what)
{
    int status = probe_reap(pid, PROBE_BOUND_MS);
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != code)
        probe_fail_at(file, line, "%s: expected the child to exit %d; observed it %s", what, code,
                   describe_status(status));
}

void expect_child_killed_by_at(const char *file, int line, pid_t pid, int sig,
                               const char *what)
{
    int status = probe_reap(pid, PROBE_BOUND_MS);
    if (status == -1 || !WIFSIGNALED(status) || WTERMSIG(status) != sig)
        probe_fail_at(file, line, "%s: expected the child to be killed by %s; observed it %s", what,
                   signal_name(sig), describe_status(status));
}

int child_errno(long ret)
{
    return ret == -1 ? (errno ? errno : 255) : 0;
}

static const char *observed(int status)
{
    static char buf[96];
    if (status == -1)
        return "it still running at the bound (killed)";
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return "success";
    if (WIFEXITED(status)) {
        snprintf(buf, sizeof buf, "%s", errno_name(WEXITSTATUS(status)));
        return buf;
    }
    snprintf(buf, sizeof buf, "the child %s", describe_status(status));
    return buf;
}

void expect_child_errno_at(const char *file, int line, pid_t pid, int want, const char *want_name,
                           int ms, const char *what)
{
    expect_status_errno_at(file, line, probe_reap(pid, ms), want, want_name, what);
}

void expect_status_errno_at(const char *file, int line, int status, int want,
                            const char *want_name, const char *what)
{
    if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == want)
        return;
    if (want == 0)
        probe_fail_at(file, line, "%s: expected success; observed %s", what, observed(status));
    probe_fail_at(file, line, "%s: expected failure with %s; observed %s", what, want_name,
                  observed(status));
}
