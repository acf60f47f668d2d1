#include "sysv_msgsem.h"

PROBE(.claim     = "msgsnd with a negative mtype fails with EINVAL",
      .reference = "msgsnd(2) \"ERRORS\" (EINVAL)",
      .seed      = "SEED-59",
      .kind      = "confirms",
      .how       = "msgsnd of a message with mtype -1 must fail with EINVAL and queue nothing.");

PROBE_BODY
{
    int id = msg_queue();
    struct text_msg m = { .mtype = -1, .mtext = "x" };

    EXPECT_ERRNO(msgsnd(id, &m, 1, IPC_NOWAIT), EINVAL);
    EXPECT_EQ(msg_stat(id).msg_qnum, 0, "msg_qnum after the refused send");
}
