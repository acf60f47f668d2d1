#include "pshared.h"

PROBE(.claim     = "pthread_cond_signal() on a process-shared condition variable wakes a waiter "
                   "in another process",
      .reference = "pthread_condattr_setpshared(3p) \"DESCRIPTION\"; pthread_cond_signal(3p)",
      .layer     = "libc",
      .how       = "A forked child waits on a process-shared condition variable (with a "
                   "process-shared mutex) until a flag is set; the oracle must see it asleep in "
                   "futex(). The probe locks, sets the flag, signals and unlocks: the child must "
                   "wake and exit 0.");

PROBE_BODY
{
    struct pshared_area *a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    pshared_cond(&a->cond, PTHREAD_PROCESS_SHARED);
    pid_t child = pshared_spawn_flag_waiter(a);
    expect_in_futex(child, "pthread_cond_wait() in the child");

    pshared_raise_flag(a, pthread_cond_signal, "pthread_cond_signal");
    expect_child_exit(child, 0, "the waiting child, after the signal");
}
