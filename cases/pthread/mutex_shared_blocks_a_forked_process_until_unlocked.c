#include "pshared.h"

PROBE(.claim     = "A PTHREAD_PROCESS_SHARED mutex in shared memory held by one process makes "
                   "another's pthread_mutex_lock() sleep in futex() until it is unlocked",
      .reference = "pthread_mutexattr_setpshared(3) \"DESCRIPTION\"; futex(2) \"DESCRIPTION\"",
      .layer     = "libc",
      .how       = "The probe locks a process-shared mutex in MAP_SHARED memory and forks; the "
                   "child's pthread_mutex_lock() must be seen asleep in futex(). The probe sets a "
                   "flag and unlocks: the child must then get the mutex and see the flag (exit 0; "
                   "2: it got the mutex before the flag was set).");

static struct pshared_area *a;

static int locker(void *arg)
{
    if (pthread_mutex_lock(&a->mutex) != 0)
        return 1;
    return a->flag ? 0 : 2;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");
    pid_t child = probe_spawn(locker, NULL);

    expect_in_futex(child, "pthread_mutex_lock() in the child");
    a->flag = 1;
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock by the probe");
    expect_child_exit(child, 0, "the child, once the probe unlocked (2: locked before the flag)");
}
