#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with msgtyp > 0 receives the first message of exactly that type",
      .reference = "msgrcv(2) \"DESCRIPTION\" (msgtyp is greater than 0)",
      .seed      = "SEED-57",
      .kind      = "confirms",
      .how       = "Messages (type, text) (1,a) (2,b) (1,c) (2,d) are queued; msgrcv(msgtyp 2) must "
                   "return type 2 with text \"b\", the earlier of the two.");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 1, "a");
    msg_put(id, 2, "b");
    msg_put(id, 1, "c");
    msg_put(id, 2, "d");
    struct text_msg m;

    EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, 2, IPC_NOWAIT));
    EXPECT_TRUE(m.mtype == 2 && m.mtext[0] == 'b',
                "expected the first type-2 message (2, \"b\"); observed (%ld, \"%c\")", m.mtype, m.mtext[0]);
}
