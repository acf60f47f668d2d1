#include "pshared.h"

PROBE(.claim     = "A process-shared condition variable in a file mapped MAP_SHARED wakes an "
                   "unrelated process waiting on it",
      .reference = "pthread_condattr_setpshared(3p) \"DESCRIPTION\"; mmap(2) \"MAP_SHARED\"",
      .layer     = "libc",
      .how       = "pthread_peer (exec'd, sharing no memory by fork) maps the probe's file and "
                   "waits on its process-shared condition variable until a flag is set; the "
                   "oracle must see it asleep in futex(). The probe sets the flag and signals: "
                   "the peer must wake and exit 0.");

PROBE_BODY
{
    struct pshared_area *a = pshared_file();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    pshared_cond(&a->cond, PTHREAD_PROCESS_SHARED);
    pid_t peer = pshared_spawn_peer("wait");
    expect_in_futex(peer, "pthread_cond_wait() in pthread_peer");

    pshared_raise_flag(a, pthread_cond_signal, "pthread_cond_signal");
    expect_child_exit(peer, 0, "pthread_peer, after the signal");
}
