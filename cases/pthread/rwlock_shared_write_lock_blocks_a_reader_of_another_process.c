#include "pshared.h"

PROBE(.claim     = "A write lock on a process-shared rwlock makes another process's "
                   "pthread_rwlock_rdlock() sleep in futex() until it is unlocked",
      .reference = "pthread_rwlock_rdlock(3p) \"DESCRIPTION\"; pthread_rwlockattr_setpshared(3p)",
      .layer     = "libc",
      .how       = "The probe write-locks a process-shared rwlock in MAP_SHARED memory; a forked "
                   "child's rdlock must be seen asleep in futex(). The probe sets a flag and "
                   "unlocks: the child must get the read lock and see the flag (exit 0; 2: it "
                   "got it before the flag was set).");

static struct pshared_area *a;

static int reader(void *arg)
{
    if (pthread_rwlock_rdlock(&a->rwlock) != 0)
        return 1;
    return a->flag ? 0 : 2;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_rwlock(&a->rwlock, PTHREAD_PROCESS_SHARED);
    EXPECT_EQ(pthread_rwlock_wrlock(&a->rwlock), 0, "pthread_rwlock_wrlock by the probe");
    pid_t child = probe_spawn(reader, NULL);

    expect_in_futex(child, "pthread_rwlock_rdlock() in the child");
    a->flag = 1;
    EXPECT_EQ(pthread_rwlock_unlock(&a->rwlock), 0, "pthread_rwlock_unlock by the probe");
    expect_child_exit(child, 0, "the reading child, once the probe unlocked (2: before the flag)");
}
