#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with MSG_NOERROR truncates a too-long text to msgsz and removes the "
                   "message; the rest of the text is lost",
      .reference = "msgrcv(2) \"DESCRIPTION\" (MSG_NOERROR)",
      .how       = "A 10-byte text is queued; msgrcv(msgsz 4, MSG_NOERROR) must return 4 with the "
                   "first 4 bytes, and leave the queue empty (msg_qnum 0, msg_cbytes 0).");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 1, "0123456789");
    struct text_msg m;

    EXPECT_EQ(EXPECT_OK(msgrcv(id, &m, 4, 0, IPC_NOWAIT | MSG_NOERROR)), 4, "msgrcv's return value");
    EXPECT_TRUE(memcmp(m.mtext, "0123", 4) == 0, "expected text \"0123\"; observed \"%.4s\"", m.mtext);
    struct msqid_ds ds = msg_stat(id);
    EXPECT_EQ(ds.msg_qnum, 0, "msg_qnum after the truncating receive");
    EXPECT_EQ(ds.msg_cbytes, 0, "msg_cbytes after the truncating receive");
}
