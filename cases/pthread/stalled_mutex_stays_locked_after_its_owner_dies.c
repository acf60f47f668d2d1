#include "pshared.h"

PROBE(.claim     = "A process-shared mutex that is not robust stays locked after the process "
                   "holding it dies",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\" (PTHREAD_MUTEX_STALLED: "
                   "\"no special actions are taken if the owner of the mutex is terminated\")",
      .layer     = "libc",
      .how       = "A forked child locks a PTHREAD_MUTEX_STALLED process-shared mutex and exits "
                   "holding it; the probe's pthread_mutex_trylock() must return EBUSY.");

static struct pshared_area *a;

static int die_holding(void *arg)
{
    return pthread_mutex_lock(&a->mutex) == 0 ? 0 : 1;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    expect_child_exit(probe_spawn(die_holding, NULL), 0, "the child that locks and exits");

    EXPECT_EQ(pthread_mutex_trylock(&a->mutex), EBUSY, "pthread_mutex_trylock (EBUSY = 16)");
}
