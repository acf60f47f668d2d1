#include "pshared.h"

PROBE(.claim     = "A read lock on a process-shared rwlock does not keep a reader of another "
                   "process out",
      .reference = "pthread_rwlock_rdlock(3p) \"DESCRIPTION\"; pthread_rwlockattr_setpshared(3p)",
      .layer     = "libc",
      .how       = "The probe read-locks a process-shared rwlock in MAP_SHARED memory; a forked "
                   "child's pthread_rwlock_tryrdlock() must succeed (exit 0; 2: EBUSY, 3: "
                   "another error).");

static struct pshared_area *a;

static int reader(void *arg)
{
    int r = pthread_rwlock_tryrdlock(&a->rwlock);
    return r == 0 ? 0 : r == EBUSY ? 2 : 3;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_rwlock(&a->rwlock, PTHREAD_PROCESS_SHARED);
    EXPECT_EQ(pthread_rwlock_rdlock(&a->rwlock), 0, "pthread_rwlock_rdlock by the probe");

    expect_child_exit(probe_spawn(reader, NULL), 0,
                      "the child's tryrdlock (0: got it, 2: EBUSY, 3: another error)");
}
