#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with msgtyp 0 receives the first message in the queue, whatever its type",
      .reference = "msgrcv(2) \"DESCRIPTION\" (msgtyp is 0)",
      .seed      = "SEED-57",
      .kind      = "confirms",
      .how       = "Messages of types 5, 2, 9 are queued in that order; msgrcv(msgtyp 0) must return "
                   "the type-5 message.");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 5, "first");
    msg_put(id, 2, "second");
    msg_put(id, 9, "third");
    struct text_msg m;

    EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT));
    EXPECT_EQ(m.mtype, 5, "type of the message received with msgtyp 0");
}
