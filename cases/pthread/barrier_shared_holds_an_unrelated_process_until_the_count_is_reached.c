#include "pshared.h"

PROBE(.claim     = "A process-shared barrier in a file mapped MAP_SHARED holds an unrelated "
                   "process asleep in futex() until the count is reached, then releases it",
      .reference = "pthread_barrierattr_setpshared(3p) \"DESCRIPTION\"; pthread_barrier_wait(3p)",
      .layer     = "libc",
      .how       = "The probe makes a process-shared barrier of count 2 in a mapped file; "
                   "pthread_peer (exec'd, sharing no memory by fork) maps the file and waits at "
                   "it: the oracle must see it asleep in futex(). The probe's own "
                   "pthread_barrier_wait() completes the count: the peer must exit 0.");

PROBE_BODY
{
    struct pshared_area *a = pshared_file();
    pshared_barrier(&a->barrier, 2);
    pid_t peer = pshared_spawn_peer("barrier");

    expect_in_futex(peer, "pthread_barrier_wait() in pthread_peer");
    int r = pthread_barrier_wait(&a->barrier);
    EXPECT_TRUE(r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD,
                "expected the probe's pthread_barrier_wait to return 0 or SERIAL; observed %d", r);
    expect_child_exit(peer, 0, "pthread_peer, released by the barrier");
}
