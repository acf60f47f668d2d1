#include "sysv_msgsem.h"

PROBE(.claim     = "msgctl(IPC_STAT) reports the number of queued messages (msg_qnum) and their "
                   "text bytes (msg_cbytes)",
      .reference = "msgctl(2) \"IPC_STAT\" (struct msqid_ds)",
      .seed      = "SEED-54",
      .kind      = "confirms",
      .how       = "Three messages of 1, 2 and 3 text bytes are sent: msg_qnum must be 3 and "
                   "msg_cbytes 6; after one receive, 2 and 5.");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 1, "a");
    msg_put(id, 1, "bb");
    msg_put(id, 1, "ccc");
    struct msqid_ds ds;

    PROBE_POISON(ds);
    EXPECT_OK(msgctl(id, IPC_STAT, &ds));
    EXPECT_EQ(ds.msg_qnum, 3, "msg_qnum after three sends");
    EXPECT_EQ(ds.msg_cbytes, 6, "msg_cbytes after sending 1+2+3 bytes");
    struct text_msg m;
    SETUP(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT));
    PROBE_POISON(ds);
    EXPECT_OK(msgctl(id, IPC_STAT, &ds));
    EXPECT_EQ(ds.msg_qnum, 2, "msg_qnum after one receive");
    EXPECT_EQ(ds.msg_cbytes, 5, "msg_cbytes after receiving the 1-byte message");
}
