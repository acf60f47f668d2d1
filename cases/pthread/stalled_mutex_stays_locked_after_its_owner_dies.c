#include "pshared.h"

PROBE(.claim     = "A process-shared mutex that is not robust stays locked after the process "
                   "holding it dies",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\" (PTHREAD_MUTEX_STALLED: "
                   "\"no special actions are taken if the owner of the mutex is terminated\")",
      .layer     = "libc",
      .how       = "A forked child locks a PTHREAD_MUTEX_STALLED process-shared mutex and exits "
                   "holding it; the probe's pthread_mutex_trylock() must return EBUSY.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    pshared_owner_dies_holding(&a->mutex);

    EXPECT_EQ(pthread_mutex_trylock(&a->mutex), EBUSY, "pthread_mutex_trylock (EBUSY = 16)");
}
