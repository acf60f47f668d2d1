#include "pshared.h"

PROBE(.claim     = "A process-shared barrier of count 3 holds two processes asleep in futex() "
                   "until a third arrives, then releases all",
      .reference = "pthread_barrier_wait(3p) \"DESCRIPTION\"; pthread_barrierattr_setpshared(3p)",
      .layer     = "libc",
      .how       = "Two forked children wait on a process-shared barrier of count 3 in MAP_SHARED "
                   "memory; the oracle must see both asleep in futex(). The probe's own "
                   "pthread_barrier_wait() then completes the count: it must return, and both "
                   "children must exit 0.");

static struct pshared_area *a;

static int arriver(void *arg)
{
    int r = pthread_barrier_wait(&a->barrier);
    return r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD ? 0 : 1;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_barrier(&a->barrier, 3);
    pid_t first = probe_spawn(arriver, NULL), second = probe_spawn(arriver, NULL);
    expect_in_futex(first, "pthread_barrier_wait() in child 1");
    expect_in_futex(second, "pthread_barrier_wait() in child 2");

    int r = pthread_barrier_wait(&a->barrier);
    EXPECT_TRUE(r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD,
                "expected the probe's pthread_barrier_wait to return 0 or SERIAL; observed %d", r);
    expect_child_exit(first, 0, "child 1, released by the barrier");
    expect_child_exit(second, 0, "child 2, released by the barrier");
}
