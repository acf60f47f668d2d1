#include "sysv_msgsem.h"

PROBE(.claim     = "Operations made with SEM_UNDO are reversed when the process exits",
      .reference = "semop(2) \"DESCRIPTION\" (SEM_UNDO)",
      .seed      = "SEED-65",
      .kind      = "confirms",
      .how       = "A child adds +2 with SEM_UNDO, checks GETVAL is 2, and exits; after it is "
                   "reaped the value must be back to 0.");

static int id;

static int adder(void *arg)
{
    if (semop(id, &(struct sembuf){ .sem_op = 2, .sem_flg = SEM_UNDO }, 1) != 0)
        return child_errno(-1);
    return semctl(id, 0, GETVAL) == 2 ? 0 : 200;
}

PROBE_BODY
{
    id = sem_set(1);
    pid_t child = probe_spawn(adder, NULL);

    expect_child_exit(child, 0, "the child that added +2 with SEM_UNDO (200: value was not 2)");
    EXPECT_EQ(sem_get(id, 0, GETVAL), 0, "value after the SEM_UNDO child exited");
}
