#include "pshared.h"

PROBE(.claim     = "pthread_mutex_trylock() on a process-shared mutex another process holds "
                   "returns EBUSY",
      .reference = "pthread_mutex_trylock(3p) \"ERRORS\" (EBUSY); pthread_mutexattr_setpshared(3)",
      .layer     = "libc",
      .how       = "The probe locks a process-shared mutex in MAP_SHARED memory; a forked child's "
                   "pthread_mutex_trylock() must return EBUSY (exit 0; 2: it returned 0, 3: "
                   "another error).");

static struct pshared_area *a;

static int trylocker(void *arg)
{
    int r = pthread_mutex_trylock(&a->mutex);
    return r == EBUSY ? 0 : r == 0 ? 2 : 3;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_STALLED, PTHREAD_MUTEX_DEFAULT);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");

    expect_child_exit(probe_spawn(trylocker, NULL), 0,
                      "the child's trylock (0: EBUSY, 2: got the mutex, 3: another error)");
}
