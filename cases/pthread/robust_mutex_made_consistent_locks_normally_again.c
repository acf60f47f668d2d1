#include "pshared.h"

PROBE(.claim     = "A robust mutex recovered with pthread_mutex_consistent() and unlocked locks "
                   "normally again (0, not EOWNERDEAD)",
      .reference = "pthread_mutex_consistent(3) \"DESCRIPTION\"",
      .layer     = "libc",
      .how       = "A forked child exits holding a robust process-shared mutex; the probe's lock "
                   "returns EOWNERDEAD, pthread_mutex_consistent() and unlock must return 0, and "
                   "a second lock must then return 0.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_ROBUST, PTHREAD_MUTEX_DEFAULT);
    pshared_need_robust_list();
    pshared_owner_dies_holding(&a->mutex);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), EOWNERDEAD, "the first lock (EOWNERDEAD = 130)");

    EXPECT_EQ(pthread_mutex_consistent(&a->mutex), 0, "pthread_mutex_consistent");
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock");
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "the lock after recovery");
}
