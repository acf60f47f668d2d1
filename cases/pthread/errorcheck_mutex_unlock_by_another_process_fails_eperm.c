#include "pshared.h"

PROBE(.claim     = "pthread_mutex_unlock() of a process-shared error-checking mutex by a process "
                   "that does not own it returns EPERM",
      .reference = "pthread_mutex_lock(3p) \"ERRORS\" (EPERM: the mutex type is "
                   "PTHREAD_MUTEX_ERRORCHECK and the current thread does not own the mutex)",
      .layer     = "libc",
      .how       = "The probe locks a PTHREAD_MUTEX_ERRORCHECK process-shared mutex; a forked "
                   "child's pthread_mutex_unlock() must return EPERM (exit 0; 2: 0, 3: another), "
                   "and the probe's trylock must then still find it held (EBUSY).");

static struct pshared_area *a;

static int unlocker(void *arg)
{
    int r = pthread_mutex_unlock(&a->mutex);
    return r == EPERM ? 0 : r == 0 ? 2 : 3;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_ERRORCHECK);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");

    expect_child_exit(probe_spawn(unlocker, NULL), 0,
                      "the child unlocking the probe's mutex (0: EPERM, 2: 0, 3: another error)");
    EXPECT_EQ(pthread_mutex_trylock(&a->mutex), EBUSY, "the probe's trylock after (EBUSY = 16)");
}
