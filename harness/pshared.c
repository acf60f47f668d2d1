/* Plumbing for the process-shared pthread probes: see pshared.h. */
#include "pshared.h"
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mman.h>
#include <sys/wait.h>

struct pshared_area *pshared_anon(void)
{
    return SETUP_PTR(mmap(NULL, sizeof(struct pshared_area), PROT_READ | PROT_WRITE,
                          MAP_SHARED | MAP_ANONYMOUS, -1, 0), MAP_FAILED);
}

const char *pshared_path(void)
{
    static char path[4096];
    if (!path[0])
        snprintf(path, sizeof path, "%s", probe_path("pshared_area"));
    return path;
}

struct pshared_area *pshared_file(void)
{
    int fd = SETUP(open(pshared_path(), O_RDWR | O_CREAT | O_TRUNC, 0600));
    probe_defer_remove(PROBE_FILE, 0, pshared_path());
    SETUP(ftruncate(fd, sizeof(struct pshared_area)));
    struct pshared_area *a = SETUP_PTR(mmap(NULL, sizeof *a, PROT_READ | PROT_WRITE, MAP_SHARED,
                                            fd, 0), MAP_FAILED);
    close(fd);
    return a;
}

static void check(const char *what, int err)
{
    if (err)
        probe_error("setup step %s failed: %s", what, errno_name(err));
}

void pshared_mutex(pthread_mutex_t *m, int pshared, int robust, int type)
{
    pthread_mutexattr_t a;
    check("pthread_mutexattr_init", pthread_mutexattr_init(&a));
    check("pthread_mutexattr_setpshared", pthread_mutexattr_setpshared(&a, pshared));
    check("pthread_mutexattr_setrobust", pthread_mutexattr_setrobust(&a, robust));
    check("pthread_mutexattr_settype", pthread_mutexattr_settype(&a, type));
    int err = pthread_mutex_init(m, &a);
    if (err == ENOTSUP && robust == PTHREAD_MUTEX_ROBUST)
        pshared_need_robust_list(); /* glibc refuses a robust mutex where the kernel keeps no list */
    check("pthread_mutex_init", err);
    pthread_mutexattr_destroy(&a);
}

void pshared_cond(pthread_cond_t *c, int pshared)
{
    pthread_condattr_t a;
    check("pthread_condattr_init", pthread_condattr_init(&a));
    check("pthread_condattr_setpshared", pthread_condattr_setpshared(&a, pshared));
    check("pthread_cond_init", pthread_cond_init(c, &a));
    pthread_condattr_destroy(&a);
}

void pshared_rwlock(pthread_rwlock_t *rw, int pshared)
{
    pthread_rwlockattr_t a;
    check("pthread_rwlockattr_init", pthread_rwlockattr_init(&a));
    check("pthread_rwlockattr_setpshared", pthread_rwlockattr_setpshared(&a, pshared));
    check("pthread_rwlock_init", pthread_rwlock_init(rw, &a));
    pthread_rwlockattr_destroy(&a);
}

void pshared_barrier(pthread_barrier_t *b, unsigned count)
{
    pthread_barrierattr_t a;
    check("pthread_barrierattr_init", pthread_barrierattr_init(&a));
    check("pthread_barrierattr_setpshared", pthread_barrierattr_setpshared(&a, PTHREAD_PROCESS_SHARED));
    check("pthread_barrier_init", pthread_barrier_init(b, &a, count));
    pthread_barrierattr_destroy(&a);
}

pid_t pshared_spawn_peer(const char *op)
{
    const char *helper = probe_helper("pthread_peer");
    pid_t pid = probe_fork();
    if (pid == 0) {
        execl(helper, "pthread_peer", op, pshared_path(), (char *)NULL);
        _exit(127);
    }
    return pid;
}

void pshared_need_robust_list(void)
{
    void *head;
    size_t len;
    if (syscall(SYS_get_robust_list, 0, &head, &len) != 0)
        probe_skip("get_robust_list(2) fails with %s: this kernel or emulator keeps no robust "
                   "futex list, so no dead owner's robust mutex is released (qemu-user refuses "
                   "set_robust_list and get_robust_list: linux-user/syscall.c)",
                   errno_name(errno));
}

void pshared_owner_dies_holding(pthread_mutex_t *m)
{
    pid_t pid = probe_fork();
    if (pid == 0)
        _exit(pthread_mutex_lock(m) == 0 ? 0 : 1);
    int status = probe_reap(pid, PROBE_BOUND_MS);
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        probe_error("the child meant to lock the mutex and exit: %s", describe_status(status));
}

pid_t pshared_spawn_flag_waiter(struct pshared_area *a)
{
    pid_t pid = probe_fork();
    if (pid == 0) {
        if (pthread_mutex_lock(&a->mutex) != 0)
            _exit(1);
        while (!a->flag)
            if (pthread_cond_wait(&a->cond, &a->mutex) != 0)
                _exit(1);
        _exit(pthread_mutex_unlock(&a->mutex) == 0 ? 0 : 1);
    }
    return pid;
}

void pshared_raise_flag(struct pshared_area *a, int (*wake)(pthread_cond_t *), const char *wake_name)
{
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");
    a->flag = 1;
    EXPECT_EQ(wake(&a->cond), 0, wake_name);
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock by the probe");
}

int pshared_in_futex(pid_t pid, char *seen, size_t seen_len)
{
    if (probe_wait_blocked(pid, pid, SYS_futex, 0, seen, seen_len) == 0)
        return 1;
#ifdef SYS_futex_time64
    if (probe_wait_blocked(pid, pid, SYS_futex_time64, 0, seen, seen_len) == 0)
        return 1;
#endif
    return 0;
}

void expect_in_futex_at(const char *file, int line, pid_t pid, const char *what)
{
    long long deadline = probe_now_ms() + probe_ms(PROBE_BOUND_MS);
    char seen[128] = "";
    do {
        if (pshared_in_futex(pid, seen, sizeof seen))
            return;
        sched_yield();
    } while (probe_now_ms() < deadline);
    probe_fail_at(file, line, "expected %s asleep in futex() within %d ms; observed %s", what,
                  probe_ms(PROBE_BOUND_MS), seen);
}
