/*
 * The blocked-state oracle: is this task asleep inside that system call?
 *
 * Evidence is the kernel's own: /proc/<pid>/task/<tid>/stat gives the state (S = asleep,
 * interruptibly) and /proc/<pid>/task/<tid>/syscall the number of the system call the task
 * is in ("running" when it is on a CPU, -1 when it sleeps outside a system call). Both must
 * agree, so a child asleep in pause() or a futex does not pass for one blocked in read().
 * The wait is bounded; between looks the caller yields the CPU instead of sleeping.
 */
#include "probe.h"
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#if defined(__i386__) && defined(__GLIBC__)
/* i386 glibc multiplexes System V IPC through ipc(2); the operation is its first argument. */
const struct probe_syscall SYSCALL_MSGSND = { SYS_ipc, 11, 1, "msgsnd" };
const struct probe_syscall SYSCALL_MSGRCV = { SYS_ipc, 12, 1, "msgrcv" };
const struct probe_syscall SYSCALL_SEMOP = { SYS_ipc, 4, 1, "semtimedop" };
#else
const struct probe_syscall SYSCALL_MSGSND = { SYS_msgsnd, 0, 0, "msgsnd" };
const struct probe_syscall SYSCALL_MSGRCV = { SYS_msgrcv, 0, 0, "msgrcv" };
#ifdef __GLIBC__
/* glibc implements semop() with semtimedop() and a NULL timeout. */
const struct probe_syscall SYSCALL_SEMOP = { SYS_semtimedop, 0, 0, "semtimedop" };
#else
const struct probe_syscall SYSCALL_SEMOP = { SYS_semop, 0, 0, "semop" };
#endif
#endif

int probe_ms(int ms)
{
    const char *s = getenv("IPCPROBE_TIME_SCALE");
    double scale = s ? atof(s) : 1.0;
    return scale > 0 ? (int)(ms * scale) : ms;
}

long long probe_now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

static int read_small(const char *path, char *buf, size_t len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    ssize_t n = read(fd, buf, len - 1);
    close(fd);
    if (n < 0)
        return -1;
    buf[n] = '\0';
    return 0;
}

/* One look: fills state and the syscall line; returns 0 if the task exists. */
static int look(pid_t pid, pid_t tid, char *state, char *sys, size_t sys_len)
{
    char path[64], stat[512];
    snprintf(path, sizeof path, "/proc/%d/task/%d/stat", (int)pid, (int)tid);
    if (read_small(path, stat, sizeof stat) < 0)
        return -1;
    char *close_paren = strrchr(stat, ')'); /* comm may hold spaces and parentheses */
    *state = close_paren && close_paren[1] ? close_paren[2] : '?';
    snprintf(path, sizeof path, "/proc/%d/task/%d/syscall", (int)pid, (int)tid);
    if (read_small(path, sys, sys_len) < 0)
        snprintf(sys, sys_len, "unreadable (%s)", errno_name(errno));
    return 0;
}

int probe_wait_blocked_arg0(pid_t pid, pid_t tid, long nr, long arg0, int ms, char *seen,
                            size_t seen_len)
{
    long long deadline = probe_now_ms() + probe_ms(ms);
    char state = '?', sys[256] = "";
    int exists;

    do {
        exists = look(pid, tid, &state, sys, sizeof sys) == 0;
        if (exists && state == 'S') {
            char *end;
            long got = strtol(sys, &end, 10);
            if (end != sys && got == nr) {
                if (arg0 == -1)
                    return 0;
                if (strtol(end, NULL, 16) == arg0) /* arguments are printed in hex */
                    return 0;
            }
        }
        if (!exists || state == 'Z' || state == 'X')
            break; /* an ended task never blocks */
        sched_yield();
    } while (probe_now_ms() < deadline);

    if (seen) {
        if (!exists)
            snprintf(seen, seen_len, "task %d gone", (int)tid);
        else
            snprintf(seen, seen_len, "state %c, syscall %.*s", state,
                     (int)strcspn(sys, " \n"), sys);
    }
    return -1;
}

int probe_wait_blocked(pid_t pid, pid_t tid, long nr, int ms, char *seen, size_t seen_len)
{
    return probe_wait_blocked_arg0(pid, tid, nr, -1, ms, seen, seen_len);
}

void expect_blocked_in_at(const char *file, int line, pid_t pid, pid_t tid,
                          const struct probe_syscall *sc, int ms)
{
    char seen[128];
    if (probe_wait_blocked_arg0(pid, tid, sc->nr, sc->match_arg0 ? sc->arg0 : -1, ms, seen,
                                sizeof seen) != 0)
        probe_fail_at(file, line, "expected task %d asleep in %s() (syscall %ld) within %d ms; observed %s",
                   (int)tid, sc->name, sc->nr, probe_ms(ms), seen);
}

void expect_blocked_at(const char *file, int line, pid_t pid, long nr, int ms, const char *what)
{
    char seen[128];
    if (probe_wait_blocked(pid, pid, nr, ms, seen, sizeof seen) != 0)
        probe_fail_at(file, line, "expected %s to block (asleep in syscall %ld) within %d ms; observed %s",
                   what, nr, probe_ms(ms), seen);
}
