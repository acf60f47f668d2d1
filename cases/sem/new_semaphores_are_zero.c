#include "sysv_msgsem.h"

PROBE(.claim     = "On Linux every semaphore of a new set starts at 0 (POSIX leaves it undefined)",
      .reference = "semget(2) \"NOTES: Semaphore initialization\"",
      .seed      = "SEED-63",
      .kind      = "confirms",
      .how       = "GETALL on a new set of 4 must read 0, 0, 0, 0.");

PROBE_BODY
{
    int id = sem_set(4);
    unsigned short v[4] = { 9, 9, 9, 9 };

    EXPECT_OK(semctl(id, 0, GETALL, (union semun){ .array = v }));
    for (int i = 0; i < 4; i++)
        EXPECT_TRUE(v[i] == 0, "expected semaphore %d of a new set to be 0; observed %u", i, v[i]);
}
