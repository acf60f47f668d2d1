/*
 * The blocked-state oracle: is this task asleep inside that system call?
 *
 * Evidence is the kernel's own: /proc/<pid>/task/<tid>/stat gives the state (S = asleep,
 * interruptibly) and /proc/<pid>/task/<tid>/syscall the number of the system call the task
 * is in ("running" when it is on a CPU, -1 when it sleeps outside a system call). Both must
 * agree, so a child asleep in pause() or a futex does not pass for one blocked in read().
 * The wait is bounded; between looks the caller yields the CPU instead of sleeping.
 *
 * Which number /proc shows for a call is learned, not assumed (oracle.h): from the run's
 * calibration the runner passes in IPCPROBE_ORACLE ("63=0,186=70,117/12=117/12,194=?"), or,
 * for a probe run alone, by calibrating the call here. A call that cannot be learned is an
 * ERROR that says so, never a guess.
 *
 * Where this kernel has no /proc/<pid>/syscall (User-Mode Linux), the calibration learns the
 * kernel functions each call sleeps in instead ("0=@pipe_read/vfs_read/ksys_read/sys_read":
 * frames of its stack, or its wchan), and the task must be asleep in those: still not in
 * another call's, still never a number assumed.
 */
#include "probe.h"
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

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

/* One look: fills state and the syscall line (or, by_function, the functions of its stack or
 * its wchan, as this box shows them); 0 if the task exists. */
static int look(pid_t pid, pid_t tid, int by_function, char *state, char *sys, size_t sys_len)
{
    char path[64], stat[512];
    snprintf(path, sizeof path, "/proc/%d/task/%d/stat", (int)pid, (int)tid);
    if (read_small(path, stat, sizeof stat) < 0)
        return -1;
    char *close_paren = strrchr(stat, ')'); /* comm may hold spaces and parentheses */
    *state = close_paren && close_paren[1] ? close_paren[2] : '?';
    int witness = by_function ? oracle_witness() : ORACLE_BY_SYSCALL;
    snprintf(path, sizeof path, "/proc/%d/task/%d/%s", (int)pid, (int)tid,
             witness == ORACLE_BY_STACK ? "stack" : by_function ? "wchan" : "syscall");
    char text[1024];
    if (by_function) {
        if (read_small(path, text, sizeof text) < 0)
            text[0] = '\0';
        oracle_frames(text, sys, sys_len);
        return 0;
    }
    if (read_small(path, sys, sys_len) < 0)
        snprintf(sys, sys_len, "unreadable (%s)", errno_name(errno));
    return 0;
}

/* "nr" or "nr/arg0" at s: the number and arg0 (-1 when absent); returns the end. */
static const char *parse_nr(const char *s, long *nr, long *arg0)
{
    char *end;
    *nr = strtol(s, &end, 10);
    *arg0 = -1;
    if (end == s)
        return NULL;
    if (*end == '/')
        *arg0 = strtol(end + 1, &end, 10);
    return end;
}

/* From IPCPROBE_ORACLE: 0 and *shown; 1 when the calibration could not learn it; 2 when the
 * call is not in it; 3 when every call in it shows the probes' own numbers (a native box). */
static int from_env(const char *map, long nr, long arg0, struct oracle_shown *shown)
{
    int native = 1;
    for (const char *p = map; p && *p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL) {
        long k_nr, k_arg0, s_nr, s_arg0;
        const char *eq = parse_nr(p, &k_nr, &k_arg0);
        if (!eq || *eq != '=')
            continue;
        if (eq[1] == '@') { /* the kernel functions a task blocked in it sleeps in */
            size_t len = strcspn(eq + 2, ",");
            native = 0;
            if (k_nr != nr || k_arg0 != arg0)
                continue;
            if (len == 0 || len >= sizeof shown->where)
                return 1;
            shown->nr = shown->arg0 = -1;
            snprintf(shown->where, sizeof shown->where, "%.*s", (int)len, eq + 2);
            return 0;
        }
        const char *end = parse_nr(eq + 1, &s_nr, &s_arg0);
        if (k_nr == nr && k_arg0 == arg0) {
            if (!end)
                return 1;
            shown->nr = s_nr, shown->arg0 = s_arg0;
            return 0;
        }
        if (end) /* a call not learned ("?") says nothing of the numbers */
            native &= s_nr == k_nr && s_arg0 == k_arg0;
    }
    return native ? 3 : 2;
}

/* What /proc shows for a task blocked in (nr, arg0) here; ERROR when that cannot be learned. */
static struct oracle_shown shown_for(const char *file, int line, long nr, long arg0)
{
    static struct { long nr, arg0; struct oracle_shown shown; } learned[16];
    static int n_learned;
    struct oracle_shown shown = { nr, arg0 };
    const char *map = getenv("IPCPROBE_ORACLE");
    char why[200];

    for (int i = 0; i < n_learned; i++)
        if (learned[i].nr == nr && learned[i].arg0 == arg0)
            return learned[i].shown;
    int rc = map ? from_env(map, nr, arg0, &shown) : oracle_learn(nr, arg0, &shown, why, sizeof why);
    int witness = oracle_witness();
    if (witness == ORACLE_NO_WITNESS)
        probe_error_at(file, line, "the blocked-state oracle cannot judge syscall %ld: %s", nr,
                       ORACLE_NO_WITNESS_WHY);
    const char *no_file = witness != ORACLE_BY_SYSCALL
        ? "this kernel shows no syscall in /proc/<pid>/syscall, so the witness is the kernel "
          "functions each call sleeps in; " : "";
    if (map && rc == 1)
        probe_error_at(file, line, "the blocked-state oracle cannot tell what a task blocked in "
                       "syscall %ld shows on this box: %sthe run's calibration could not learn "
                       "it (IPCPROBE_ORACLE=%s; ipcprobe-isolate --oracle says why)", nr, no_file,
                       map);
    if (map && rc == 2)
        probe_error_at(file, line, "the blocked-state oracle has no calibration for syscall %ld, "
                       "and this box's /proc shows other numbers than the probes' ABI (%s): it "
                       "cannot judge (IPCPROBE_ORACLE=%s)", nr,
                       no_file[0] ? "no syscall file: only a calibrated call is known by its kernel functions"
                                  : "an emulator?", map);
    if (!map && rc == 1 && no_file[0])
        probe_error_at(file, line, "the blocked-state oracle has no calibration for syscall %ld: "
                       "%sonly a calibrated call has one, so it cannot judge", nr, no_file);
    if (!map && rc == 1) { /* not calibratable: the probes' own number if read() shows its own */
        struct oracle_shown r = { SYS_read, -1 };
        if (oracle_learn(SYS_read, -1, &r, why, sizeof why) != 0 || r.nr != SYS_read)
            probe_error_at(file, line, "the blocked-state oracle has no calibration for syscall "
                           "%ld, and read() does not show as syscall %ld here (%s): it cannot "
                           "judge", nr, (long)SYS_read,
                           r.nr != SYS_read ? "an emulator?" : why);
        shown.nr = nr, shown.arg0 = arg0;
    } else if (!map && rc != 0) {
        probe_error_at(file, line, "the blocked-state oracle could not learn what a task blocked "
                       "in syscall %ld shows on this box: %s", nr, why);
    }
    if (n_learned < (int)(sizeof learned / sizeof *learned))
        learned[n_learned].nr = nr, learned[n_learned].arg0 = arg0,
        learned[n_learned++].shown = shown;
    return shown;
}

/* 0 once the task is asleep where shown says (its kernel functions, or syscall and arg0);
 * -1 when it is not; WCHAN_ELSEWHERE when the witness is a wchan (one kernel function, the
 * innermost) and the task sleeps in another: a read() of an eventfd sleeps elsewhere than the
 * pipe read() it was learned from, so that is no verdict. */
#define WCHAN_ELSEWHERE (-2)
static int wait_shown(pid_t pid, pid_t tid, const struct oracle_shown *shown, int ms,
                      char *seen, size_t seen_len)
{
    long long deadline = probe_now_ms() + probe_ms(ms);
    long nr = shown->nr, arg0 = shown->arg0;
    int by_wchan = shown->where[0] != '\0';
    char state = '?', sys[1024] = "";
    int exists;

    do {
        exists = look(pid, tid, by_wchan, &state, sys, sizeof sys) == 0;
        if (exists && state == 'S' && by_wchan) {
            if (oracle_frames_match(sys, shown->where))
                return 0;
        } else if (exists && state == 'S') {
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
            snprintf(seen, seen_len, "state %c, %s %.*s", state,
                     by_wchan ? "in kernel functions" : "syscall", (int)strcspn(sys, " \n"), sys);
    }
    return exists && state == 'S' && by_wchan && oracle_witness() == ORACLE_BY_WCHAN
           ? WCHAN_ELSEWHERE : -1;
}

int probe_wait_blocked_arg0_at(const char *file, int line, pid_t pid, pid_t tid, long nr,
                               long arg0, int ms, char *seen, size_t seen_len)
{
    struct oracle_shown shown = shown_for(file, line, nr, arg0);
    return wait_shown(pid, tid, &shown, ms, seen, seen_len);
}

/* "syscall 63" or, where this box shows it as another, "syscall 63, shown here as 0", or
 * where the witness is kernel functions, "syscall 0, sleeping here in pipe_read/...". */
static const char *named(long nr, struct oracle_shown shown, char *buf, size_t len)
{
    if (shown.where[0])
        snprintf(buf, len, "syscall %ld, sleeping here in %s", nr, shown.where);
    else if (shown.nr == nr)
        snprintf(buf, len, "syscall %ld", nr);
    else
        snprintf(buf, len, "syscall %ld, shown here as %ld", nr, shown.nr);
    return buf;
}

static void wchan_cannot_judge(const char *file, int line, const char *what,
                               struct oracle_shown shown, const char *seen)
{
    probe_error_at(file, line, "the blocked-state oracle cannot judge %s: this box's only witness "
                   "is the wchan, the innermost kernel function a task sleeps in, learned as %s; "
                   "the task is asleep (%s), and the same call on another kind of file sleeps "
                   "elsewhere", what, shown.where, seen);
}

void expect_blocked_in_at(const char *file, int line, pid_t pid, pid_t tid,
                          const struct probe_syscall *sc, int ms)
{
    char seen[512], name[320];
    long arg0 = sc->match_arg0 ? sc->arg0 : -1;
    struct oracle_shown shown = shown_for(file, line, sc->nr, arg0);
    int rc = wait_shown(pid, tid, &shown, ms, seen, sizeof seen);
    if (rc == WCHAN_ELSEWHERE)
        wchan_cannot_judge(file, line, sc->name, shown, seen);
    if (rc != 0)
        probe_fail_at(file, line, "expected task %d asleep in %s() (%s) within %d ms; observed %s",
                      (int)tid, sc->name, named(sc->nr, shown, name, sizeof name), probe_ms(ms),
                      seen);
}

void expect_blocked_at(const char *file, int line, pid_t pid, long nr, int ms, const char *what)
{
    char seen[512], name[320];
    struct oracle_shown shown = shown_for(file, line, nr, -1);
    int rc = wait_shown(pid, pid, &shown, ms, seen, sizeof seen);
    if (rc == WCHAN_ELSEWHERE)
        wchan_cannot_judge(file, line, what, shown, seen);
    if (rc != 0)
        probe_fail_at(file, line, "expected %s to block (asleep in %s) within %d ms; observed %s",
                      what, named(nr, shown, name, sizeof name), probe_ms(ms), seen);
}
