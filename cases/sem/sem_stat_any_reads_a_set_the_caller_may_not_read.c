#include "sysv_msgsem.h"
#include "sysv_stat_any.h"

PROBE(.claim     = "semctl(SEM_STAT_ANY) returns a semaphore set that the caller has no read "
                   "permission on, where SEM_STAT at the same index fails with EACCES",
      .reference = "semctl(2) \"SEM_STAT_ANY\" (Linux 4.17)",
      .how       = "A set of mode 0 is created; a process without permission on it (nobody, or the "
                   "unprivileged owner) walks the indexes up to SEM_INFO's highest: SEM_STAT_ANY "
                   "must give the set's id at one of them and SEM_STAT there must fail with "
                   "EACCES. SKIP before Linux 4.17 (EINVAL).",
      .since     = "4.17");

PROBE_BODY
{
    int id = SETUP(semget(IPC_PRIVATE, 1, IPC_CREAT | 0000));
    probe_defer_remove(PROBE_SEM, id, NULL);
    expect_stat_any_reads_unreadable(SYSV_SEM, id);
}
