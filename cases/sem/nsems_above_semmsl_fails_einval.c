#include "sysv_msgsem.h"
#include <stdio.h>

PROBE(.claim     = "semget with nsems above SEMMSL (or below 0) fails with EINVAL",
      .reference = "semget(2) \"ERRORS\" (EINVAL) and \"NOTES: Semaphore limits\" (SEMMSL)",
      .how       = "SEMMSL is the first field of /proc/sys/kernel/sem; semget(IPC_PRIVATE, SEMMSL + 1) "
                   "and semget(IPC_PRIVATE, -1) must fail with EINVAL.");

PROBE_BODY
{
    long semmsl = probe_sysctl("kernel/sem"); /* the first of four numbers: SEMMSL */
    int id = semget(IPC_PRIVATE, (int)semmsl + 1, IPC_CREAT | 0600);
    if (id != -1)
        probe_defer_remove(PROBE_SEM, id, NULL);

    EXPECT_TRUE(id == -1 && errno == EINVAL, "semget(nsems SEMMSL+1 = %ld): expected -1/EINVAL; observed %s",
                semmsl + 1, id == -1 ? errno_name(errno) : "a set was created");
    EXPECT_ERRNO(semget(IPC_PRIVATE, -1, IPC_CREAT | 0600), EINVAL);
}
