#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with MSG_EXCEPT and msgtyp > 0 receives the first message whose type "
                   "differs from msgtyp",
      .reference = "msgrcv(2) \"DESCRIPTION\" (MSG_EXCEPT)",
      .how       = "Types 1, 1, 4, 2 are queued; msgrcv(1, MSG_EXCEPT) must return the type-4 message.");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 1, "a");
    msg_put(id, 1, "b");
    msg_put(id, 4, "c");
    msg_put(id, 2, "d");
    struct text_msg m;

    EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, 1, IPC_NOWAIT | MSG_EXCEPT));
    EXPECT_EQ(m.mtype, 4, "type received with msgtyp 1 and MSG_EXCEPT");
}
