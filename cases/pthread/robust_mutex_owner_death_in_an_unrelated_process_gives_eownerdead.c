#include "pshared.h"

PROBE(.claim     = "A robust process-shared mutex in a mapped file, locked by an unrelated "
                   "process that then exits, gives EOWNERDEAD to the next locker",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\"; mmap(2) \"MAP_SHARED\"",
      .layer     = "libc",
      .how       = "pthread_peer (exec'd, sharing no memory by fork) maps the probe's file, "
                   "locks its robust process-shared mutex and exits holding it; the probe's "
                   "pthread_mutex_lock() must then return EOWNERDEAD.");

PROBE_BODY
{
    struct pshared_area *a = pshared_file();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_ROBUST, PTHREAD_MUTEX_DEFAULT);
    pshared_need_robust_list();
    expect_child_exit(pshared_spawn_peer("die"), 0, "pthread_peer, locking and exiting");

    EXPECT_EQ(pthread_mutex_lock(&a->mutex), EOWNERDEAD, "pthread_mutex_lock (EOWNERDEAD = 130)");
}
