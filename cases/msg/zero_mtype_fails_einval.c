#include "sysv_msgsem.h"

PROBE(.claim     = "msgsnd with mtype 0 fails with EINVAL: a message type must be greater than 0",
      .reference = "msgsnd(2) \"ERRORS\" (EINVAL)",
      .seed      = "SEED-59",
      .kind      = "confirms",
      .how       = "msgsnd of a message with mtype 0 must fail with EINVAL and queue nothing.");

PROBE_BODY
{
    int id = msg_queue();
    struct text_msg m = { .mtype = 0, .mtext = "x" };

    EXPECT_ERRNO(msgsnd(id, &m, 1, IPC_NOWAIT), EINVAL);
    EXPECT_EQ(msg_stat(id).msg_qnum, 0, "msg_qnum after the refused send");
}
