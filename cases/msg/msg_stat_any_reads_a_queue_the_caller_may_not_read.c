#include "sysv_msgsem.h"
#include "sysv_stat_any.h"

PROBE(.claim     = "msgctl(MSG_STAT_ANY) returns a queue that the caller has no read permission "
                   "on, where MSG_STAT at the same index fails with EACCES",
      .reference = "msgctl(2) \"MSG_STAT_ANY\" (Linux 4.17)",
      .how       = "A queue of mode 0 is created; a process without permission on it (nobody, or "
                   "the unprivileged owner) walks the indexes up to MSG_INFO's highest: MSG_STAT_ANY "
                   "must give the queue's id at one of them and MSG_STAT there must fail with "
                   "EACCES. SKIP before Linux 4.17 (EINVAL).",
      .since     = "4.17");

PROBE_BODY
{
    int id = SETUP(msgget(IPC_PRIVATE, IPC_CREAT | 0000));
    probe_defer_remove(PROBE_MSG, id, NULL);
    expect_stat_any_reads_unreadable(SYSV_MSG, id);
}
