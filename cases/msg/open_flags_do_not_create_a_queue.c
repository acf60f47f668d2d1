#include "sysv_msgsem.h"
#include <fcntl.h>

PROBE(.claim     = "open(2)'s O_CREAT|O_EXCL are not msgget's IPC_CREAT|IPC_EXCL: msgget(key, "
                   "O_CREAT|O_EXCL|0666) on a key without a queue fails with ENOENT and creates nothing",
      .reference = "msgget(2) \"DESCRIPTION\" and \"ERRORS\"",
      .seed      = "SEED-52",
      .kind      = "corrects",
      .how       = "On a fresh ftok() key, msgget with the open(2) flags must fail with ENOENT (no "
                   "IPC_CREAT bit is set); the key must still have no queue afterwards.");

PROBE_BODY
{
    key_t key = msgsem_key('o');
    EXPECT_TRUE((O_CREAT & IPC_CREAT) == 0 && (O_EXCL & IPC_EXCL) == 0,
                "expected O_CREAT/O_EXCL to be other bits than IPC_CREAT/IPC_EXCL; observed "
                "O_CREAT=%#o O_EXCL=%#o IPC_CREAT=%#o IPC_EXCL=%#o", O_CREAT, O_EXCL, IPC_CREAT, IPC_EXCL);

    int id = msgget(key, O_CREAT | O_EXCL | 0666);
    if (id != -1)
        probe_defer_remove(PROBE_MSG, id, NULL);
    EXPECT_TRUE(id == -1 && errno == ENOENT,
                "expected msgget(key, O_CREAT|O_EXCL|0666) to fail with ENOENT; observed %s",
                id == -1 ? errno_name(errno) : "a queue was created");
    EXPECT_ERRNO(msgget(key, 0), ENOENT);
}
