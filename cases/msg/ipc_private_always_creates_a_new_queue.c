#include "sysv_msgsem.h"

PROBE(.claim     = "msgget(IPC_PRIVATE, ...) always creates a new queue",
      .reference = "msgget(2) \"DESCRIPTION\"",
      .how       = "Two msgget(IPC_PRIVATE) calls, even with IPC_EXCL, must both succeed and return "
                   "different ids.");

PROBE_BODY
{
    int a = EXPECT_OK(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_MSG, a, NULL);
    int b = EXPECT_OK(msgget(IPC_PRIVATE, IPC_CREAT | IPC_EXCL | 0600));
    probe_defer_remove(PROBE_MSG, b, NULL);

    EXPECT_TRUE(a != b, "expected two different queue ids; observed %d twice", a);
}
