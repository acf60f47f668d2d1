/*
 * probe.h — what every ipcprobe probe includes.
 *
 * A probe is one C file under cases/<mechanism>/ that checks one behaviour:
 *
 *     #include "probe.h"
 *
 *     PROBE(.claim     = "read() on an empty pipe blocks while a write end is open",
 *           .reference = "pipe(7) \"I/O on pipes and FIFOs\"",
 *           .seed      = "SEED-09",
 *           .kind      = "confirms",
 *           .how       = "A child reads from the empty pipe; the oracle sees it asleep in read(); "
 *                        "one byte written wakes it with that byte.");
 *
 *     PROBE_BODY
 *     {
 *         ...set up, do the one thing, EXPECT the result...
 *     }
 *
 * The harness (probe_main.c) supplies main(): --list, --explain, --box, and the run
 * itself in a forked Check test that prints exactly one verdict line.
 */
#ifndef IPCPROBE_PROBE_H
#define IPCPROBE_PROBE_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>
#include <check.h>
#include "compat.h" /* what an older or another C library lacks */
#include "oracle.h"

/* ---- metadata ------------------------------------------------------------------- */

struct probe_meta {
    const char *claim;     /* the behaviour, one sentence */
    const char *reference; /* man page and section: pipe(7) "I/O on pipes and FIFOs" */
    const char *seed;      /* seed claims settled, space-separated: "SEED-09 SEED-10"; may be "" */
    const char *kind;      /* "confirms" or "corrects" the seed claim (ignored without seed) */
    const char *how;       /* how the probe proves it, for --explain */
    const char *needs;     /* space-separated needs: root userns cmd:NAME path:PATH (checked before the body) */
    const char *layer;     /* "kernel" (default) or "libc": who implements the behaviour */
    double timeout_s;      /* wall-clock bound of the body, before scaling; default 4 s */
    const char *unmutable; /* why no LD_PRELOAD mutant can break this behaviour, if none can */
    const char *since;     /* the Linux version that brought or changed the behaviour: "5.3" */
};

extern const struct probe_meta probe_meta;
extern const char probe_id[]; /* "<mechanism>/<file stem>", given by the build */

extern const char probe_source[]; /* the file it was built from, relative to the repository */

#ifndef PROBE_ID
#define PROBE_ID "unknown/unknown"
#endif
#ifndef PROBE_SOURCE
#define PROBE_SOURCE "cases/" PROBE_ID ".c"
#endif
#define PROBE(...) \
    const char probe_id[] = PROBE_ID; \
    const char probe_source[] = PROBE_SOURCE; \
    const struct probe_meta probe_meta = { __VA_ARGS__ }
#define PROBE_BODY void probe_body(void)
void probe_body(void);

/* ---- verdicts other than PASS (all end the test process) ------------------------ */

/* The behaviour differs from the claim: say what was expected and what happened. */
#define probe_fail(...) probe_fail_at(__FILE__, __LINE__, __VA_ARGS__)
/* The box lacks what the probe needs. */
#define probe_skip(...) probe_skip_at(__FILE__, __LINE__, __VA_ARGS__)
/* The kernel lacks the interface under test (the call said ENOSYS, or EINVAL for a flag it
 * does not know): SKIP naming the version that brought it (.since) and this kernel's release. */
#define probe_skip_absent(...) probe_skip_absent_at(__FILE__, __LINE__, __VA_ARGS__)
/* Call an interface that came in Linux .since: when it fails with ENOSYS, or with
 * `absent_errno` (EINVAL for an unknown flag; 0 for none), SKIP as probe_skip_absent does;
 * otherwise yield its value with errno as the call left it. */
#define SINCE(call, absent_errno) \
    ({ long r_ = (long)(call); int e_ = errno; \
       since_at(__FILE__, __LINE__, #call, r_, e_, (absent_errno)); })
/* The probe cannot judge: a setup step failed. */
#define probe_error(...) probe_error_at(__FILE__, __LINE__, __VA_ARGS__)

void probe_fail_at(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
void probe_skip_at(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
void probe_error_at(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
void probe_skip_absent_at(const char *file, int line, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
long since_at(const char *file, int line, const char *call, long ret, int err, int absent_errno);

/* ---- expectations: each prints expected vs observed, errno by name -------------- */

/* Each macro evaluates the call first and only then reads errno (in a function call's
 * arguments the order would be unspecified, and errno could be read before the call). */

/* The call under test succeeds (returns something other than -1); yields its value. */
#define EXPECT_OK(call) \
    ({ long r_ = (long)(call); int e_ = errno; expect_ok_at(__FILE__, __LINE__, #call, r_, e_); })
/* The call under test fails with -1 and errno E. */
#define EXPECT_ERRNO(call, E) \
    do { long r_ = (long)(call); int e_ = errno; \
         expect_errno_at(__FILE__, __LINE__, #call, r_, e_, (E), #E); } while (0)
/* Two integers are equal; `what` names the quantity in the message. */
#define EXPECT_EQ(observed, expected, what) \
    expect_eq_at(__FILE__, __LINE__, (what), (long long)(observed), (long long)(expected))
/* A condition holds; otherwise FAIL with the formatted observation. */
#define EXPECT_TRUE(cond, ...) \
    do { if (!(cond)) probe_fail_at(__FILE__, __LINE__, __VA_ARGS__); } while (0)
/* A setup step succeeds (not -1); otherwise ERROR naming the call and errno. Yields its value. */
#define SETUP(call) \
    ({ long r_ = (long)(call); int e_ = errno; setup_ok_at(__FILE__, __LINE__, #call, r_, e_); })
/* Pointer-returning setup (mmap, shmat): ERROR when it returns `bad`. */
#define SETUP_PTR(call, bad) \
    ({ void *p_ = (void *)(call); int e_ = errno; \
       setup_ptr_at(__FILE__, __LINE__, #call, p_, (void *)(bad), e_); })

long expect_ok_at(const char *file, int line, const char *call, long ret, int err);
void expect_errno_at(const char *file, int line, const char *call, long ret, int err,
                     int want, const char *want_name);
void expect_eq_at(const char *file, int line, const char *what, long long got, long long want);
long setup_ok_at(const char *file, int line, const char *call, long ret, int err);
void *setup_ptr_at(const char *file, int line, const char *call, void *ret, void *bad, int err);

/* ---- names ---------------------------------------------------------------------- */

const char *errno_name(int err);         /* "EEXIST", or "errno 1234" */
const char *signal_name(int sig);        /* "SIGPIPE", "SIGRTMIN+3", or "signal 99" */
const char *describe_status(int status); /* "exited 0", "killed by SIGSEGV (core dumped)" */

/* ---- time ----------------------------------------------------------------------- */

/* A bound of `ms` milliseconds scaled by IPCPROBE_TIME_SCALE (default 1). */
int probe_ms(int ms);
/* Monotonic now, in milliseconds. */
long long probe_now_ms(void);

/* ---- children ------------------------------------------------------------------- */

/* fork(), ERROR if it fails. Children never call EXPECT_*: they _exit() with a code. */
pid_t probe_fork(void);
/* Run fn(arg) in a child that _exit()s with its return value. */
pid_t probe_spawn(int (*fn)(void *), void *arg);
/* The default bound, in milliseconds before scaling, for anything a probe waits for. */
#define PROBE_BOUND_MS 1000
/* Wait for a child's end within `ms` (scaled). Returns its wait status, or -1 if it was
 * still running at the bound (it is then killed and reaped). */
int probe_reap(pid_t pid, int ms);
/* Reap within PROBE_BOUND_MS and require exit code `code`; FAIL otherwise, naming `what`
 * and the decoded status ("killed by SIGPIPE", "still running after 2000 ms"). */
#define expect_child_exit(pid, code, what) \
    expect_child_exit_at(__FILE__, __LINE__, (pid), (code), (what))
void expect_child_exit_at(const char *file, int line, pid_t pid, int code, const char *what);
/* Reap within PROBE_BOUND_MS and require death by signal `sig`. */
#define expect_child_killed_by(pid, sig, what) \
    expect_child_killed_by_at(__FILE__, __LINE__, (pid), (sig), (what))
void expect_child_killed_by_at(const char *file, int line, pid_t pid, int sig, const char *what);
/* A child's exit code for the result of a call: 0 on success, errno when it returned -1. */
int child_errno(long ret);
/* Reap within `ms` (scaled); FAIL unless the child's call failed with E (0: succeeded). */
#define expect_child_errno(pid, E, ms, what) \
    expect_child_errno_at(__FILE__, __LINE__, (pid), (E), #E, (ms), (what))
void expect_child_errno_at(const char *file, int line, pid_t pid, int want, const char *want_name,
                           int ms, const char *what);
/* The same judgement of a wait status already reaped (-1: still running at the bound). */
void expect_status_errno_at(const char *file, int line, int status, int want,
                            const char *want_name, const char *what);
/* Has the child ended? Non-blocking: 1 and *status when it has, 0 if still running. */
int probe_child_ended(pid_t pid, int *status);

/* ---- structures the kernel fills ----------------------------------------------- */

/*
 * Fill a structure the kernel (or libc) is about to fill (an IPC_STAT buffer, siginfo_t,
 * struct ucred, a sockaddr, mq_attr, struct stat) with a non-zero pattern first. A field
 * written only in part (half of a 64-bit field by an emulator, the wrong end on a big-endian
 * box) then keeps pattern bytes, and comparing the field whole, as its type in the man page
 * says, shows it; a zeroed buffer would hide a field never written that should be 0.
 */
#define PROBE_POISON_BYTE 0xa5
#define PROBE_POISON(obj) memset(&(obj), PROBE_POISON_BYTE, sizeof(obj))

/* ---- the blocked-state oracle --------------------------------------------------- */

/*
 * Wait until task `tid` of process `pid` is asleep (state S) inside system call `nr`,
 * as /proc/<pid>/task/<tid>/stat and .../syscall tell. A task asleep in another system
 * call, or running, or gone, does not count. Returns 0 when seen, -1 after `ms` (scaled),
 * or -2 where the only witness is a wchan and the task sleeps in another kernel function
 * (no verdict: a call on another kind of file sleeps elsewhere; the expect_blocked* make
 * that an ERROR); otherwise *seen (if not NULL) describes the last state observed.
 * Use tid == pid for a single-threaded child. A task that has ended (zombie or gone) can
 * never block, so the wait stops at once.
 */
#define probe_wait_blocked(pid, tid, nr, ms, seen, seen_len) \
    probe_wait_blocked_arg0_at(__FILE__, __LINE__, (pid), (tid), (nr), -1, (ms), (seen), (seen_len))
/* Same, also matching the first syscall argument (for multiplexed calls such as ipc(2)). */
#define probe_wait_blocked_arg0(pid, tid, nr, arg0, ms, seen, seen_len) \
    probe_wait_blocked_arg0_at(__FILE__, __LINE__, (pid), (tid), (nr), (arg0), (ms), (seen), (seen_len))
/* nr names the call as the probes' ABI does; what /proc shows for it is learned (oracle.h):
 * ERROR when it cannot be. */
int probe_wait_blocked_arg0_at(const char *file, int line, pid_t pid, pid_t tid, long nr,
                               long arg0, int ms, char *seen, size_t seen_len);
/* FAIL unless the child becomes blocked in `nr` within `ms`; `what` names the call. */
#define expect_blocked(pid, nr, ms, what) \
    expect_blocked_at(__FILE__, __LINE__, (pid), (nr), (ms), (what))
void expect_blocked_at(const char *file, int line, pid_t pid, long nr, int ms, const char *what);

/* The calls the oracle knows by name (SYSCALL_MSGRCV, SYS_OPEN_OF_LIBC, ...): oracle.h. */
#define expect_blocked_in(pid, tid, sc, ms) \
    expect_blocked_in_at(__FILE__, __LINE__, (pid), (tid), (sc), (ms))
void expect_blocked_in_at(const char *file, int line, pid_t pid, pid_t tid,
                          const struct probe_syscall *sc, int ms);

/* ---- limits --------------------------------------------------------------------- */

/* The first number in /proc/sys/<name> ("kernel/shmmax", "fs/mqueue/msg_max"). SKIP when
 * the file does not exist (the kernel lacks the feature), ERROR when it cannot be read. */
unsigned long long probe_sysctl(const char *name);

/* ---- files and cleanup ---------------------------------------------------------- */

/* A path inside the probe's private temporary directory (removed after the run).
 * The result lives in one buffer per thread: the next call overwrites it (copy it to keep it). */
const char *probe_path(const char *name);

/* Remove a System V object or a named POSIX object after the test, even if it fails. */
enum probe_object { PROBE_SHM, PROBE_MSG, PROBE_SEM, PROBE_POSIX_SHM, PROBE_POSIX_MQ,
                    PROBE_POSIX_SEM, PROBE_FILE };
void probe_defer_remove(enum probe_object kind, long id, const char *name);

/* The path of a helper program built alongside the probes (build/helpers/<name>). */
const char *probe_helper(const char *name);

/* ---- identity ------------------------------------------------------------------- */

/* In a child: become an unprivileged user (nobody) if root; SKIP-worthy failure → returns -1. */
int probe_drop_to_nobody(void);

#endif
