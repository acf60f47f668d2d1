#include "psem.h"

PROBE(.claim     = "sem_wait() on an unnamed thread-shared semaphore (sem_init pshared 0) at 0 "
                   "blocks until sem_post() from another thread raises the value",
      .reference = "sem_wait(3) \"DESCRIPTION\"; sem_post(3) \"DESCRIPTION\"; sem_init(3)",
      .seed      = "SEED-67",
      .kind      = "confirms",
      .how       = "A thread calls sem_wait() on a semaphore initialised to 0; the oracle must see "
                   "that thread asleep in futex() (glibc's wait). The main thread then calls "
                   "sem_post(), and the waiter must return 0 within the bound, leaving the value 0.",
      .layer     = "libc");

static sem_t sem;

static int waiter(void *arg)
{
    return sem_wait(&sem) == 0 ? 0 : errno;
}

PROBE_BODY
{
    struct psem_thread t;
    int value = -1;

    SETUP(sem_init(&sem, 0, 0));
    psem_thread_start(&t, waiter, NULL);

    char seen[128];
    EXPECT_TRUE(probe_wait_blocked(getpid(), t.tid, PSEM_NR_FUTEX, PROBE_BOUND_MS, seen,
                                   sizeof seen) == 0,
                "sem_wait() at 0: expected the thread asleep in futex(); observed %s", seen);
    EXPECT_OK(sem_post(&sem));
    EXPECT_TRUE(psem_thread_wait(&t, PROBE_BOUND_MS) == 0,
                "expected sem_post() to release the waiter; observed it still waiting after %d ms",
                probe_ms(PROBE_BOUND_MS));
    EXPECT_EQ(t.result, 0, "sem_wait() result (0 or errno) in the released thread");
    SETUP(sem_getvalue(&sem, &value));
    EXPECT_EQ(value, 0, "semaphore value after one post consumed by one wait");
}
