#include "pshared.h"
#include <signal.h>

PROBE(.claim     = "A process asleep locking a robust process-shared mutex is woken with "
                   "EOWNERDEAD when the owner process is killed",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\"; get_robust_list(2) "
                   "\"DESCRIPTION\" (the kernel releases a dead thread's robust futexes)",
      .layer     = "libc",
      .how       = "Child 1 locks a robust process-shared mutex and waits on a pipe; child 2's "
                   "pthread_mutex_lock() must be seen asleep in futex(). Child 1 is killed by "
                   "SIGKILL: child 2 must wake with EOWNERDEAD (exit 0; 2: 0, 3: another value).");

static struct pshared_area *a;
static int ready[2], hold[2];

static int owner(void *arg)
{
    char c;
    if (pthread_mutex_lock(&a->mutex) != 0 || write(ready[1], "L", 1) != 1)
        return 1;
    return read(hold[0], &c, 1) >= 0 ? 0 : 1; /* until killed */
}

static int waiter(void *arg)
{
    int r = pthread_mutex_lock(&a->mutex);
    return r == EOWNERDEAD ? 0 : r == 0 ? 2 : 3;
}

PROBE_BODY
{
    char c;
    a = pshared_anon();
    pshared_mutex(&a->mutex, PTHREAD_PROCESS_SHARED, PTHREAD_MUTEX_ROBUST, PTHREAD_MUTEX_DEFAULT);
    pshared_need_robust_list();
    SETUP(pipe(ready));
    SETUP(pipe(hold));
    pid_t holder = probe_spawn(owner, NULL);
    EXPECT_TRUE(read(ready[0], &c, 1) == 1, "expected the owner child to lock the mutex; observed "
                "no word from it");
    pid_t blocked = probe_spawn(waiter, NULL);
    expect_in_futex(blocked, "pthread_mutex_lock() in child 2");

    SETUP(kill(holder, SIGKILL));
    expect_child_killed_by(holder, SIGKILL, "the owner child");
    expect_child_exit(blocked, 0, "child 2, after the owner died (0: EOWNERDEAD, 2: 0, 3: another)");
}
