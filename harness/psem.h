/*
 * psem.h — plumbing for the POSIX semaphore and POSIX message queue probes (cases/psem/).
 */
#ifndef IPCPROBE_PSEM_H
#define IPCPROBE_PSEM_H

#include "probe.h"
#include <mqueue.h>
#include <pthread.h>
#include <semaphore.h>
#include <time.h>

/* The calls sem_wait() and mq_receive() enter (PSEM_NR_FUTEX, PSEM_NR_MQ_TIMEDRECEIVE): oracle.h. */

/* A name unique to this run ("/ipcprobe-<what>-<pid>"); four live at a time. */
const char *psem_name(const char *what);

/* sem_open(name, O_CREAT|O_EXCL, 0600, value), registered for removal; ERROR if it fails. */
sem_t *psem_create_named(const char *name, unsigned value);

/* mq_open(name, O_CREAT|O_EXCL|O_RDWR|flags, 0600, {maxmsg, msgsize}), registered for
 * removal; SKIP when the kernel has no POSIX message queues, ERROR on other failures. */
mqd_t psem_mq_create(const char *name, int flags, long maxmsg, long msgsize);

/* CLOCK_REALTIME now + ms (unscaled: the interval is the behaviour under test). */
struct timespec psem_deadline(int ms);
/* Milliseconds of CLOCK_REALTIME from `from` until now (negative if now is earlier). */
long long psem_ms_since(const struct timespec *from);

/*
 * A child that reports one call's outcome: fn returns 0 for success or an errno value.
 * psem_expect_child_errno() reaps it within PROBE_BOUND_MS and FAILs unless it reported
 * `want` (0 = success), as expect_child_errno() judges; a child still inside the call at the
 * bound is killed and reported.
 * A child may also exit PSEM_CHILD_EARLY: "timed out before its deadline".
 */
#define PSEM_CHILD_EARLY 250
#define psem_expect_child_errno(pid, want, what) \
    psem_expect_child_errno_at(__FILE__, __LINE__, (pid), (want), #want, (what))
void psem_expect_child_errno_at(const char *file, int line, pid_t pid, int want,
                                const char *want_name, const char *what);

/* A thread whose kernel task id is known, so the oracle can look at it. */
struct psem_thread {
    pthread_t th;
    pid_t tid;
    int (*fn)(void *);
    void *arg;
    int result;
    int pipe[2]; /* the thread writes its tid, then its result */
};
/* Start fn(arg) in a thread; returns once its task id is known (ERROR otherwise). */
void psem_thread_start(struct psem_thread *t, int (*fn)(void *), void *arg);
/* Wait up to ms (scaled) for the thread's end: 0 and t->result when it ended, -1 if not. */
int psem_thread_wait(struct psem_thread *t, int ms);

#endif
