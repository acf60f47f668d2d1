#include "probe.h"
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>

PROBE(.claim     = "Threads of one process share globals: a value one thread stores, another "
                   "thread loads while both run (with atomics: a plain int would be a data race)",
      .reference = "pthreads(7) \"DESCRIPTION\" (shared global memory)",
      .seed      = "SEED-02",
      .kind      = "corrects",
      .how       = "The main thread stores 1 and starts a thread that waits (bounded) for it, then "
                   "stores 2; the main thread waits, bounded, for 2 while the thread still runs. "
                   "Both use C11 atomic loads and stores, unlike the tutorial's busy-wait on a "
                   "plain int, which the compiler may turn into an endless loop.");

static atomic_int shared;

static int wait_for(int want)
{
    long long deadline = probe_now_ms() + probe_ms(PROBE_BOUND_MS);
    while (atomic_load(&shared) != want && probe_now_ms() < deadline)
        sched_yield();
    return atomic_load(&shared) == want;
}

static void *thread(void *arg)
{
    if (wait_for(1))
        atomic_store(&shared, 2);
    return NULL;
}

PROBE_BODY
{
    pthread_t t;
    atomic_store(&shared, 1);
    EXPECT_EQ(pthread_create(&t, NULL, thread, NULL), 0, "pthread_create()'s result");
    int seen = wait_for(2);
    pthread_join(t, NULL);
    EXPECT_TRUE(seen, "expected the main thread to load 2, stored by the other thread; observed %d",
                atomic_load(&shared));
}
