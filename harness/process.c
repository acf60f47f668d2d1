/* Plumbing for the process probes: see process.h. */
#include "probe.h"
#include "process.h"
#include <sys/ptrace.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <time.h>

int process_exec_reporter(int sig)
{
    char num[16];
    snprintf(num, sizeof num, "%d", sig);
    const char *path = probe_helper("process_report_signals");
    execv(path, (char *const[]){ (char *)path, num, NULL });
    return REPORT_NO_EXEC;
}

int process_reporter_result(pid_t pid)
{
    int status = probe_reap(pid, PROBE_BOUND_MS);
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) >= REPORT_USAGE)
        probe_error("the signal reporter did not report: it %s (127: exec failed, 126: usage)",
                    describe_status(status));
    return WEXITSTATUS(status);
}

const char *process_describe_report(int report)
{
    static const char *const disp[] = { "default", "ignored", "caught", "?" };
    static __thread char buf[64];
    snprintf(buf, sizeof buf, "%s, %sblocked, %spending", disp[report & REPORT_DISPOSITION],
             report & REPORT_BLOCKED ? "" : "not ", report & REPORT_PENDING ? "" : "not ");
    return buf;
}

pid_t process_waitpid_bounded(pid_t pid, int *status, int options, int ms)
{
    long long deadline = probe_now_ms() + probe_ms(ms);
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    sigprocmask(SIG_BLOCK, &chld, NULL);
    for (;;) {
        pid_t r = waitpid(pid, status, options | WNOHANG);
        long long left = deadline - probe_now_ms();
        if (r != 0 || left <= 0)
            return r;
        struct timespec ts = { left / 1000, (left % 1000) * 1000000 };
        sigtimedwait(&chld, NULL, &ts);
    }
}

int process_wait_status(pid_t pid, int ms)
{
    int status;
    return process_waitpid_bounded(pid, &status, 0, ms) == pid ? status : -1;
}

char process_state(pid_t pid)
{
    char path[64], buf[512];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0)
        return 0;
    buf[n] = '\0';
    char *paren = strrchr(buf, ')'); /* comm may hold spaces and parentheses */
    return paren && paren[1] ? paren[2] : '?';
}

int process_wait_state(pid_t pid, char want, int ms, char *last)
{
    long long deadline = probe_now_ms() + probe_ms(ms);
    char state;
    do {
        state = process_state(pid);
        if (state == want)
            return 0;
        sched_yield();
    } while (probe_now_ms() < deadline);
    if (last)
        *last = state ? state : '-';
    return -1;
}

int process_refused(int err)
{
    if (err == ENOSYS) /* no ptrace at all: an emulator (qemu-user) has none for its guest */
        return PROCESS_ABSENT;
    return err > 0 && err < PROCESS_ABSENT - PROCESS_REFUSED ? PROCESS_REFUSED + err
                                                                     : PROCESS_REFUSED_OTHER;
}

void process_skip_if_refused(pid_t pid, int status, const char *call)
{
    if (!WIFEXITED(status) || WEXITSTATUS(status) < PROCESS_REFUSED ||
        WEXITSTATUS(status) > PROCESS_REFUSED_OTHER)
        return;
    int code = WEXITSTATUS(status);
    if (code == PROCESS_ABSENT)
        probe_skip_absent("%s in child %d failed with ENOSYS", call, (int)pid);
    probe_skip("%s refused in child %d: %s (Yama ptrace_scope, seccomp or a container policy "
               "forbids tracing)", call, (int)pid,
               code == PROCESS_REFUSED_OTHER ? "an errno above 18" : errno_name(code - PROCESS_REFUSED));
}

static int raised_sig;

static int traceme_and_raise(void *arg)
{
    if (ptrace(PTRACE_TRACEME, 0, NULL, NULL) == -1)
        return process_refused(errno);
    raise(raised_sig);
    return 0;
}

pid_t process_traced_child_raising(int sig, int *status)
{
    raised_sig = sig;
    pid_t pid = probe_spawn(traceme_and_raise, NULL);
    if (process_waitpid_bounded(pid, status, 0, PROBE_BOUND_MS) != pid) {
        *status = -1;
        return pid;
    }
    process_skip_if_refused(pid, *status, "ptrace(PTRACE_TRACEME)");
    return pid;
}
