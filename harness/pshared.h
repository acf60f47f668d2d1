/*
 * pshared.h — plumbing for the process-shared pthread probes (cases/pthread/): memory two
 * processes share, and mutexes, condition variables, read-write locks and barriers set up
 * PTHREAD_PROCESS_SHARED in it. harness/helpers/pthread_peer.c (an unrelated process) maps
 * the same struct pshared_area from a file.
 * Set-up failures end the probe with ERROR; the calls under test are left to the probe.
 */
#ifndef IPCPROBE_PSHARED_H
#define IPCPROBE_PSHARED_H
#include <pthread.h>
#include <sys/syscall.h>

/* What a probe and pthread_peer share: one object of each kind and a flag. */
struct pshared_area {
    pthread_mutex_t mutex;
    pthread_cond_t cond;
    pthread_rwlock_t rwlock;
    pthread_barrier_t barrier;
    volatile int flag;
};


#ifndef IPCPROBE_HELPER
#include "probe.h"

/* A zeroed struct pshared_area in MAP_SHARED|MAP_ANONYMOUS memory: shared with the children
 * forked after, not with anyone else. */
struct pshared_area *pshared_anon(void);
/* The same in a file of the probe's directory mapped MAP_SHARED (removed after): an
 * unrelated process reaches it by path (pshared_path()). */
struct pshared_area *pshared_file(void);
const char *pshared_path(void);

/* Initialise the area's objects with pshared PTHREAD_PROCESS_SHARED or _PRIVATE.
 * For the mutex, `robust` (PTHREAD_MUTEX_ROBUST or _STALLED) and `type` too; a robust mutex
 * pthread_mutex_init refuses (ENOTSUP) SKIPs as pshared_need_robust_list says. */
void pshared_mutex(pthread_mutex_t *m, int pshared, int robust, int type);
void pshared_cond(pthread_cond_t *c, int pshared);
void pshared_rwlock(pthread_rwlock_t *rw, int pshared);
void pshared_barrier(pthread_barrier_t *b, unsigned count);

/* SKIP unless the kernel keeps this thread's robust futex list, which lets it release a
 * dead owner's robust mutexes: get_robust_list(2) fails where it does not (qemu-user answers
 * ENOSYS: the list lives in guest memory, linux-user/syscall.c). */
void pshared_need_robust_list(void);
/* A forked child locks m and exits holding it; ERROR unless it did so. */
void pshared_owner_dies_holding(pthread_mutex_t *m);
/* A forked child that locks a->mutex and waits on a->cond until a->flag is set, then
 * unlocks: it exits 0 (1 when a call failed). */
pid_t pshared_spawn_flag_waiter(struct pshared_area *a);
/* Lock a->mutex, set a->flag, wake(&a->cond) (pthread_cond_signal or pthread_cond_broadcast),
 * unlock; FAIL naming the call that does not return 0. */
void pshared_raise_flag(struct pshared_area *a, int (*wake)(pthread_cond_t *), const char *wake_name);

/* The blocked-state oracle for a process asleep on a pthread object: in futex(), or in
 * futex_time64() where a 32-bit libc waits through it (glibc's condition variables and
 * rwlocks). pshared_in_futex looks once; expect_in_futex waits up to PROBE_BOUND_MS and
 * FAILs naming `what`. */
int pshared_in_futex(pid_t pid, char *seen, size_t seen_len);
#define expect_in_futex(pid, what) expect_in_futex_at(__FILE__, __LINE__, (pid), (what))
void expect_in_futex_at(const char *file, int line, pid_t pid, const char *what);

/* Run pthread_peer OP (on pshared_path()) in a child: its pid. */
pid_t pshared_spawn_peer(const char *op);
#endif

#endif
