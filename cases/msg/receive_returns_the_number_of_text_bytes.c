#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv returns the number of text bytes received, without the long mtype",
      .reference = "msgrcv(2) \"RETURN VALUE\"",
      .seed      = "SEED-55",
      .kind      = "corrects",
      .how       = "A 5-byte text is queued; msgrcv with a larger buffer must return 5 and fill mtype "
                   "and the 5 text bytes.");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 7, "hello");
    struct text_msg m;

    EXPECT_EQ(EXPECT_OK(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT)), 5, "msgrcv's return value");
    EXPECT_EQ(m.mtype, 7, "mtype received");
    EXPECT_TRUE(memcmp(m.mtext, "hello", 5) == 0, "expected text \"hello\"; observed \"%.5s\"", m.mtext);
}
