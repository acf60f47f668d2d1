#include "sysv_msgsem.h"

PROBE(.claim     = "A message with no text (msgsz 0) can be sent and received",
      .reference = "msgsnd(2) \"DESCRIPTION\" (\"a nonnegative integer value\")",
      .how       = "msgsnd with msgsz 0 must succeed and count one message; msgrcv must return 0 "
                   "with the message's type.");

PROBE_BODY
{
    int id = msg_queue();
    struct text_msg m = { .mtype = 3 };

    EXPECT_OK(msgsnd(id, &m, 0, IPC_NOWAIT));
    EXPECT_EQ(msg_stat(id).msg_qnum, 1, "msg_qnum after an empty message");
    m.mtype = 0;
    EXPECT_EQ(EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT)), 0, "msgrcv's return value");
    EXPECT_EQ(m.mtype, 3, "mtype received");
}
