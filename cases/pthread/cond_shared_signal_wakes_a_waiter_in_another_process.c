#include "pshared.h"

PROBE(.claim     = "pthread_cond_signal() on a process-shared condition variable wakes a waiter "
                   "in another process",
      .reference = "pthread_condattr_setpshared(3p) \"DESCRIPTION\"; pthread_cond_signal(3p)",
      .layer     = "libc",
      .how       = "A forked child waits on a process-shared condition variable (with a "
                   "process-shared mutex) until a flag is set; the oracle must see it asleep in "
                   "futex(). The probe locks, sets the flag, signals and unlocks: the child must "
                   "wake and exit 0.");

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
    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, PSHARED_SYS_FUTEX, PROBE_BOUND_MS, "pthread_cond_wait() in the child");

    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");
    a->flag = 1;
    EXPECT_EQ(pthread_cond_signal(&a->cond), 0, "pthread_cond_signal");
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock by the probe");
    expect_child_exit(child, 0, "the waiting child, after the signal");
}
