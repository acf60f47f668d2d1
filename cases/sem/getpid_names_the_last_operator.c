#include "sysv_msgsem.h"

PROBE(.claim     = "semctl GETPID returns the pid of the process that last operated on the semaphore",
      .reference = "semctl(2) \"DESCRIPTION\" (GETPID) and \"NOTES: The sempid value\"",
      .how       = "The test process does +1, then a child does -1; GETPID must name the child, "
                   "not the test process.");

static int id;

static int operate(void *arg)
{
    return child_errno(semop(id, &(struct sembuf){ .sem_op = -1, .sem_flg = IPC_NOWAIT }, 1));
}

PROBE_BODY
{
    id = sem_set(1);
    SETUP(semop(id, &(struct sembuf){ .sem_op = 1 }, 1));
    EXPECT_EQ(semctl(id, 0, GETPID), getpid(), "GETPID after the test process's +1");
    pid_t child = probe_spawn(operate, NULL);
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the child's -1");

    EXPECT_EQ(semctl(id, 0, GETPID), child, "GETPID after the child's -1");
}
