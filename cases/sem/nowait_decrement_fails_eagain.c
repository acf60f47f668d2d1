#include "sysv_msgsem.h"

PROBE(.claim     = "semop with IPC_NOWAIT fails with EAGAIN where a decrement would block",
      .reference = "semop(2) \"ERRORS\" (EAGAIN)",
      .seed      = "SEED-64",
      .kind      = "confirms",
      .how       = "On a semaphore at 1, a child's -2 with IPC_NOWAIT must fail with EAGAIN without "
                   "falling asleep in semop; the value stays 1.");

static int id;

static int decrement(void *arg)
{
    return child_errno(semop(id, &(struct sembuf){ .sem_op = -2, .sem_flg = IPC_NOWAIT }, 1));
}

PROBE_BODY
{
    id = sem_set(1);
    sem_put(id, 0, 1);
    pid_t child = probe_spawn(decrement, NULL);

    expect_child_errno_at_once(child, &SYSCALL_SEMOP, EAGAIN, "semop(-2, IPC_NOWAIT) on a value of 1");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 1, "value after the refused decrement");
}
