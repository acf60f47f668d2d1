#include "pshared.h"

PROBE(.claim     = "pthread_mutex_consistent() on a robust mutex that is not inconsistent fails "
                   "with EINVAL",
      .reference = "pthread_mutex_consistent(3) \"ERRORS\" (EINVAL: not in an inconsistent state)",
      .layer     = "libc",
      .how       = "The probe locks a robust process-shared mutex normally (its owner alive); "
                   "pthread_mutex_consistent() on it must return EINVAL.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_ROBUST, PTHREAD_MUTEX_DEFAULT);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock");

    EXPECT_EQ(pthread_mutex_consistent(&a->mutex), EINVAL, "pthread_mutex_consistent (EINVAL = 22)");
}
