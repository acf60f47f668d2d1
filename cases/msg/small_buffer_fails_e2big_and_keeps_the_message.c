#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv into a buffer smaller than the text fails with E2BIG without "
                   "MSG_NOERROR, and the message stays queued",
      .reference = "msgrcv(2) \"ERRORS\" (E2BIG) and \"DESCRIPTION\" (MSG_NOERROR)",
      .how       = "A 10-byte text is queued; msgrcv with msgsz 4 must fail with E2BIG and the queue "
                   "must still hold the message; a big enough msgrcv then gets all 10 bytes.");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 1, "0123456789");
    struct text_msg m;

    EXPECT_ERRNO(msgrcv(id, &m, 4, 0, IPC_NOWAIT), E2BIG);
    EXPECT_EQ(msg_stat(id).msg_qnum, 1, "msg_qnum after the E2BIG receive");
    EXPECT_EQ(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT), 10, "bytes of the later full receive");
}
