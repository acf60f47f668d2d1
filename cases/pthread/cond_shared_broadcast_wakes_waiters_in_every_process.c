#include "pshared.h"

PROBE(.claim     = "pthread_cond_broadcast() on a process-shared condition variable wakes the "
                   "waiters of every process",
      .reference = "pthread_cond_broadcast(3p) \"DESCRIPTION\"; pthread_condattr_setpshared(3p)",
      .layer     = "libc",
      .how       = "Two forked children wait on a process-shared condition variable until a flag "
                   "is set; the oracle must see both asleep in futex(). The probe sets the flag "
                   "and broadcasts once: both children must wake and exit 0.");

static struct pshared_area *a;

static int waiter(void *arg)
{
    pthread_mutex_lock(&a->mutex);
    while (!a->flag)
        if (pthread_cond_wait(&a->cond, &a->mutex) != 0)
            return 1;
    return pthread_mutex_unlock(&a->mutex) == 0 ? 0 : 1;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    pshared_cond(&a->cond, PTHREAD_PROCESS_SHARED);
    pid_t first = probe_spawn(waiter, NULL), second = probe_spawn(waiter, NULL);
    expect_blocked(first, PSHARED_SYS_FUTEX, PROBE_BOUND_MS, "pthread_cond_wait() in child 1");
    expect_blocked(second, PSHARED_SYS_FUTEX, PROBE_BOUND_MS, "pthread_cond_wait() in child 2");

    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");
    a->flag = 1;
    EXPECT_EQ(pthread_cond_broadcast(&a->cond), 0, "pthread_cond_broadcast");
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock by the probe");
    expect_child_exit(first, 0, "waiting child 1, after the broadcast");
    expect_child_exit(second, 0, "waiting child 2, after the broadcast");
}
