#include "pshared.h"

PROBE(.claim     = "Locking a process-shared robust mutex whose owner died holding it returns "
                   "EOWNERDEAD and gives the caller the mutex",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\" (PTHREAD_MUTEX_ROBUST: "
                   "EOWNERDEAD)",
      .layer     = "libc",
      .how       = "A forked child locks a robust process-shared mutex in MAP_SHARED memory and "
                   "exits holding it; the probe's pthread_mutex_lock() must then return "
                   "EOWNERDEAD.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_ROBUST, PTHREAD_MUTEX_DEFAULT);
    pshared_need_robust_list();
    pshared_owner_dies_holding(&a->mutex);

    EXPECT_EQ(pthread_mutex_lock(&a->mutex), EOWNERDEAD, "pthread_mutex_lock (EOWNERDEAD = 130)");
}
