#include "sysv_msgsem.h"

PROBE(.claim     = "msgget(key, IPC_CREAT|IPC_EXCL) on a key that already has a queue fails with EEXIST",
      .reference = "msgget(2) \"ERRORS\"",
      .seed      = "SEED-52",
      .kind      = "confirms",
      .how       = "A queue is created for an ftok() key; a second msgget with IPC_CREAT|IPC_EXCL "
                   "for the same key must fail with EEXIST, and a plain msgget must find the same id.");

PROBE_BODY
{
    key_t key = msgsem_key('q');
    int id = EXPECT_OK(msgget(key, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_MSG, id, NULL);

    EXPECT_ERRNO(msgget(key, IPC_CREAT | IPC_EXCL | 0600), EEXIST);
    EXPECT_EQ(msgget(key, 0600), id, "id msgget(key, 0) finds");
}
