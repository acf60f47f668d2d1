#include "sysv_msgsem.h"

PROBE(.claim     = "A wait-for-zero with IPC_NOWAIT on a non-zero semaphore fails with EAGAIN",
      .reference = "semop(2) \"DESCRIPTION\" (sem_op is zero) and \"ERRORS\" (EAGAIN)",
      .how       = "With the value at 2, a child's semop of 0 with IPC_NOWAIT must fail with EAGAIN "
                   "without falling asleep in semop.");

static int id;

static int waiter(void *arg)
{
    return child_errno(semop(id, &(struct sembuf){ .sem_op = 0, .sem_flg = IPC_NOWAIT }, 1));
}

PROBE_BODY
{
    id = sem_set(1);
    sem_put(id, 0, 2);
    pid_t child = probe_spawn(waiter, NULL);

    expect_child_errno_at_once(child, &SYSCALL_SEMOP, EAGAIN, "semop(0, IPC_NOWAIT) on a value of 2");
}
