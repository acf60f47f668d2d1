/*
 * process.h — plumbing for the process probes (cases/process/): bounded waits for stop,
 * continue and exit events, process states from /proc, and the exec'd signal reporter.
 */
#ifndef IPCPROBE_PROCESS_H
#define IPCPROBE_PROCESS_H
#include <sys/types.h>

/*
 * What build/helpers/process_report_signals tells about one signal (argv[1], a number),
 * as its exit code: the disposition in the low two bits, then one bit for "blocked" and
 * one for "pending". 126: bad usage. 127 is what a child _exit()s with if exec failed.
 */
enum { REPORT_DEFAULT = 0, REPORT_IGNORED = 1, REPORT_CAUGHT = 2, REPORT_DISPOSITION = 3,
       REPORT_BLOCKED = 4, REPORT_PENDING = 8, REPORT_USAGE = 126, REPORT_NO_EXEC = 127 };

/* In a child: exec the reporter for `sig`; returns (with 127) only if the exec failed. */
int process_exec_reporter(int sig);
/* In the test process: reap the reporter within the bound; its report, or ERROR. */
int process_reporter_result(pid_t pid);
/* "default, blocked, pending" — a report in words. */
const char *process_describe_report(int report);

/*
 * waitpid(pid, status, options | WNOHANG), retried each time a SIGCHLD arrives, for at most
 * `ms` (scaled). SIGCHLD is kept blocked (it is queued, not lost, between looks). Returns
 * what waitpid last returned: the pid, -1 with errno, or 0 if nothing was reported in time.
 */
pid_t process_waitpid_bounded(pid_t pid, int *status, int options, int ms);
/* The wait status libc's waitpid() reports (the call under test, unlike probe_reap's own
 * wait), or -1 when the child had not ended within ms (scaled) or waitpid() failed. */
int process_wait_status(pid_t pid, int ms);

/* The state letter of a process (R, S, T, t, Z, ...) from /proc/<pid>/stat; 0 if it is gone. */
char process_state(pid_t pid);
/* Wait at most `ms` (scaled) for that state; 0 when seen, -1 (with the last state) if not. */
int process_wait_state(pid_t pid, char want, int ms, char *last);

/*
 * ptrace: a child whose PTRACE_TRACEME (or other setup call) fails _exit()s with
 * process_refused(errno) (100 + errno, for errno below 18; 118 for ENOSYS, no ptrace at all, as
 * under qemu-user; else 119). The tracer passes the
 * wait status it got to process_skip_if_refused(), which SKIPs the probe with the reason
 * (Yama ptrace_scope 3, seccomp, a container's policy). 120 stays the harness's
 * "a child called probe_fail" code.
 */
enum { PROCESS_REFUSED = 100, PROCESS_ABSENT = 118, PROCESS_REFUSED_OTHER = 119 };
int process_refused(int err);
void process_skip_if_refused(pid_t pid, int status, const char *call);

/* A child that calls ptrace(PTRACE_TRACEME) and raises `sig`; the caller, its tracer, waits
 * for the report with waitpid() (bounded). SKIPs when ptrace is refused. Returns the child;
 * *status is the reported wait status, or -1 when waitpid() reported nothing in time. */
pid_t process_traced_child_raising(int sig, int *status);

#endif
