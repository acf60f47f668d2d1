#include "sysv_msgsem.h"

PROBE(.claim     = "msgctl(IPC_RMID) removes the queue at once, with its messages",
      .reference = "msgctl(2) \"IPC_RMID\"",
      .seed      = "SEED-53",
      .kind      = "confirms",
      .how       = "A keyed queue holding a message is removed; right after, IPC_STAT on its id must "
                   "fail with EINVAL and msgget on its key with ENOENT.");

PROBE_BODY
{
    key_t key = msgsem_key('r');
    int id = SETUP(msgget(key, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_MSG, id, NULL);
    msg_put(id, 1, "still queued");

    EXPECT_OK(msgctl(id, IPC_RMID, NULL));
    struct msqid_ds ds;
    EXPECT_ERRNO(msgctl(id, IPC_STAT, &ds), EINVAL);
    EXPECT_ERRNO(msgget(key, 0600), ENOENT);
}
