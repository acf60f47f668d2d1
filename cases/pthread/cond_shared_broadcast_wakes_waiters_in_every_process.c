#include "pshared.h"

PROBE(.claim     = "pthread_cond_broadcast() on a process-shared condition variable wakes the "
                   "waiters of every process",
      .reference = "pthread_cond_broadcast(3p) \"DESCRIPTION\"; pthread_condattr_setpshared(3p)",
      .layer     = "libc",
      .how       = "Two forked children wait on a process-shared condition variable until a flag "
                   "is set; the oracle must see both asleep in futex(). The probe sets the flag "
                   "and broadcasts once: both children must wake and exit 0.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    pshared_cond(&a->cond, PTHREAD_PROCESS_SHARED);
    pid_t first = pshared_spawn_flag_waiter(a), second = pshared_spawn_flag_waiter(a);
    expect_in_futex(first, "pthread_cond_wait() in child 1");
    expect_in_futex(second, "pthread_cond_wait() in child 2");

    pshared_raise_flag(a, pthread_cond_broadcast, "pthread_cond_broadcast");
    expect_child_exit(first, 0, "waiting child 1, after the broadcast");
    expect_child_exit(second, 0, "waiting child 2, after the broadcast");
}
