#include "pshared.h"

PROBE(.claim     = "A robust mutex unlocked after EOWNERDEAD without pthread_mutex_consistent() "
                   "becomes unusable: the next lock returns ENOTRECOVERABLE",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\" (ENOTRECOVERABLE)",
      .layer     = "libc",
      .how       = "A forked child exits holding a robust process-shared mutex; the probe's lock "
                   "returns EOWNERDEAD and it unlocks without making the mutex consistent; the "
                   "next pthread_mutex_lock() must return ENOTRECOVERABLE.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_ROBUST, PTHREAD_MUTEX_DEFAULT);
    pshared_need_robust_list();
    pshared_owner_dies_holding(&a->mutex);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), EOWNERDEAD, "the first lock (EOWNERDEAD = 130)");
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock without consistent");

    EXPECT_EQ(pthread_mutex_lock(&a->mutex), ENOTRECOVERABLE,
              "the next lock (ENOTRECOVERABLE = 131)");
}
