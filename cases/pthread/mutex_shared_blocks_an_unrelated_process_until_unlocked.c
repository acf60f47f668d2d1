#include "pshared.h"

PROBE(.claim     = "A process-shared mutex in a file mapped MAP_SHARED excludes an unrelated "
                   "process that maps the same file: its lock sleeps in futex() until unlocked",
      .reference = "pthread_mutexattr_setpshared(3) \"DESCRIPTION\"; mmap(2) \"MAP_SHARED\"",
      .layer     = "libc",
      .how       = "The probe makes a process-shared mutex in a mapped file and locks it; "
                   "pthread_peer (exec'd, sharing no memory by fork) maps the file and locks: the "
                   "oracle must see it asleep in futex(). The probe sets a flag and unlocks; the "
                   "peer must then get the mutex and see the flag (exit 0).");

PROBE_BODY
{
    struct pshared_area *a = pshared_file();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");
    pid_t peer = pshared_spawn_peer("lock");

    expect_in_futex(peer, "pthread_mutex_lock() in pthread_peer");
    a->flag = 1;
    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock by the probe");
    expect_child_exit(peer, 0, "pthread_peer, once the probe unlocked (2: locked before the flag)");
}
