#include "pshared.h"

PROBE(.claim     = "A read lock on a process-shared rwlock keeps a writer of another process "
                   "out: its pthread_rwlock_trywrlock() returns EBUSY",
      .reference = "pthread_rwlock_trywrlock(3p) \"ERRORS\" (EBUSY); pthread_rwlockattr_setpshared(3p)",
      .layer     = "libc",
      .how       = "The probe read-locks a process-shared rwlock in MAP_SHARED memory; a forked "
                   "child's pthread_rwlock_trywrlock() must return EBUSY (exit 0; 2: it got the "
                   "lock, 3: another error).");

static struct pshared_area *a;

static int writer(void *arg)
{
    int r = pthread_rwlock_trywrlock(&a->rwlock);
    return r == EBUSY ? 0 : r == 0 ? 2 : 3;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_rwlock(&a->rwlock, PTHREAD_PROCESS_SHARED);
    EXPECT_EQ(pthread_rwlock_rdlock(&a->rwlock), 0, "pthread_rwlock_rdlock by the probe");

    expect_child_exit(probe_spawn(writer, NULL), 0,
                      "the child's trywrlock (0: EBUSY, 2: got the lock, 3: another error)");
}
