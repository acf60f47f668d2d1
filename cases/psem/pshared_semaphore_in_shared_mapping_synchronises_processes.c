#include "psem.h"
#include <sys/mman.h>

PROBE(.claim     = "A semaphore initialised with pshared != 0 in a MAP_SHARED mapping synchronises "
                   "processes: a child's sem_wait() blocks until the parent's sem_post()",
      .reference = "sem_init(3) \"DESCRIPTION\"; sem_overview(7) \"Unnamed semaphores\"",
      .seed      = "SEED-68",
      .kind      = "corrects",
      .how       = "sem_init(s, 1, 0) on a MAP_SHARED anonymous page, then fork. The child calls "
                   "sem_wait() and the oracle must see it asleep in futex(); the parent's sem_post() "
                   "then releases it (exit 0), and the parent reads the value 0 the child left.",
      .layer     = "libc");

static sem_t *sem;

static int waiter(void *arg)
{
    return sem_wait(sem) == 0 ? 0 : 1;
}

PROBE_BODY
{
    int value = -1;
    sem = SETUP_PTR(mmap(NULL, sizeof *sem, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS,
                         -1, 0), MAP_FAILED);
    SETUP(sem_init(sem, 1, 0));
    pid_t child = probe_spawn(waiter, NULL);

    expect_blocked(child, PSEM_NR_FUTEX, PROBE_BOUND_MS, "the child's sem_wait() at 0");
    EXPECT_OK(sem_post(sem));
    expect_child_exit(child, 0, "the child waiting on the shared semaphore, after the parent's post");
    SETUP(sem_getvalue(sem, &value));
    EXPECT_EQ(value, 0, "value the parent sees after the child consumed its post");
}
