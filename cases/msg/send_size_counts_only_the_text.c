#include "sysv_msgsem.h"

PROBE(.claim     = "msgsnd's size argument counts only the text after the long mtype",
      .reference = "msgsnd(2) \"DESCRIPTION\" (msgsz)",
      .seed      = "SEED-55",
      .kind      = "corrects",
      .how       = "A message whose text is 5 bytes is sent with msgsz 5; IPC_STAT must then report "
                   "5 bytes in the queue (msg_cbytes), not 5 + sizeof(long).");

PROBE_BODY
{
    int id = msg_queue();
    struct text_msg m = { .mtype = 1, .mtext = "hello" };

    EXPECT_OK(msgsnd(id, &m, 5, IPC_NOWAIT));
    EXPECT_EQ(msg_stat(id).msg_cbytes, 5, "msg_cbytes after sending 5 text bytes");
}
