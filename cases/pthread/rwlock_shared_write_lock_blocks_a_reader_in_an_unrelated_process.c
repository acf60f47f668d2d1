#include "pshared.h"

PROBE(.claim     = "A write lock on a process-shared rwlock in a file mapped MAP_SHARED makes an "
                   "unrelated process's read lock sleep in futex() until it is unlocked",
      .reference = "pthread_rwlockattr_setpshared(3p) \"DESCRIPTION\"; mmap(2) \"MAP_SHARED\"",
      .layer     = "libc",
      .how       = "The probe write-locks a process-shared rwlock in a mapped file; pthread_peer "
                   "(exec'd, sharing no memory by fork) maps the file and asks for a read lock: "
                   "the oracle must see it asleep in futex(). The probe sets a flag and unlocks; "
                   "the peer must then get the read lock and see the flag (exit 0).");

PROBE_BODY
{
    struct pshared_area *a = pshared_file();
    pshared_rwlock(&a->rwlock, PTHREAD_PROCESS_SHARED);
    EXPECT_EQ(pthread_rwlock_wrlock(&a->rwlock), 0, "pthread_rwlock_wrlock by the probe");
    pid_t peer = pshared_spawn_peer("rdlock");

    expect_in_futex(peer, "pthread_rwlock_rdlock() in pthread_peer");
    a->flag = 1;
    EXPECT_EQ(pthread_rwlock_unlock(&a->rwlock), 0, "pthread_rwlock_unlock by the probe");
    expect_child_exit(peer, 0, "pthread_peer, once the probe unlocked (2: before the flag)");
}
