#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with msgtyp < 0 receives the first message of the lowest type that is "
                   "not above |msgtyp|",
      .reference = "msgrcv(2) \"DESCRIPTION\" (msgtyp is less than 0)",
      .seed      = "SEED-57",
      .kind      = "confirms",
      .how       = "Types 3, 5, 2, 1 (text a b c d) are queued; msgrcv(-2) must return (1,\"d\"): the "
                   "lowest type, queued last. msgrcv(-4) then returns (2,\"c\"), not (3,\"a\").");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 3, "a");
    msg_put(id, 5, "b");
    msg_put(id, 2, "c");
    msg_put(id, 1, "d");
    struct text_msg m;

    EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, -2, IPC_NOWAIT));
    EXPECT_TRUE(m.mtype == 1 && m.mtext[0] == 'd',
                "msgrcv(-2): expected (1, \"d\"); observed (%ld, \"%c\")", m.mtype, m.mtext[0]);
    EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, -4, IPC_NOWAIT));
    EXPECT_TRUE(m.mtype == 2 && m.mtext[0] == 'c',
                "msgrcv(-4): expected (2, \"c\"); observed (%ld, \"%c\")", m.mtype, m.mtext[0]);
}
