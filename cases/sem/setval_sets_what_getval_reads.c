#include "sysv_msgsem.h"

PROBE(.claim     = "semctl SETVAL sets one semaphore and GETVAL reads it back; the fourth argument "
                   "is a union semun passed by value that the caller declares itself",
      .reference = "semctl(2) \"DESCRIPTION\" (union semun, SETVAL, GETVAL)",
      .seed      = "SEED-62",
      .kind      = "confirms",
      .how       = "Our own union semun (harness/sysv_msgsem.h) carries .val = 42 to semaphore 1 of "
                   "a set of 2; GETVAL must read 42 there and 0 on semaphore 0.");

PROBE_BODY
{
    int id = sem_set(2);
    union semun arg = { .val = 42 };

    EXPECT_OK(semctl(id, 1, SETVAL, arg));
    EXPECT_EQ(semctl(id, 1, GETVAL), 42, "GETVAL of semaphore 1 after SETVAL 42");
    EXPECT_EQ(semctl(id, 0, GETVAL), 0, "GETVAL of semaphore 0 (untouched)");
}
