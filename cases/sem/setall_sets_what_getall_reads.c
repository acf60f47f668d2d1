#include "sysv_msgsem.h"

PROBE(.claim     = "semctl SETALL sets every semaphore of the set and GETALL reads them all",
      .reference = "semctl(2) \"SETALL\", \"GETALL\"",
      .seed      = "SEED-62",
      .kind      = "confirms",
      .how       = "SETALL writes 3, 1, 4 to a set of 3; GETALL must read 3, 1, 4 back, and GETVAL "
                   "of semaphore 2 must be 4.");

PROBE_BODY
{
    int id = sem_set(3);
    unsigned short in[3] = { 3, 1, 4 }, out[3] = { 0 };

    EXPECT_OK(semctl(id, 0, SETALL, (union semun){ .array = in }));
    EXPECT_OK(semctl(id, 0, GETALL, (union semun){ .array = out }));
    for (int i = 0; i < 3; i++)
        EXPECT_TRUE(out[i] == in[i], "expected semaphore %d to be %u; observed %u", i, in[i], out[i]);
    EXPECT_EQ(semctl(id, 2, GETVAL), 4, "GETVAL of semaphore 2");
}
