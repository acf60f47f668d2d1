#include "sysv_msgsem.h"

PROBE(.claim     = "A new queue's byte limit msg_qbytes is msgmnb (/proc/sys/kernel/msgmnb)",
      .reference = "msgctl(2) \"IPC_STAT\" (msg_qbytes); proc(5) \"/proc/sys/kernel/msgmnb\"",
      .seed      = "SEED-54",
      .kind      = "confirms",
      .how       = "IPC_STAT of a new queue must report msg_qbytes equal to the value read from "
                   "/proc/sys/kernel/msgmnb.");

PROBE_BODY
{
    int id = msg_queue();
    struct msqid_ds ds;

    PROBE_POISON(ds);
    EXPECT_OK(msgctl(id, IPC_STAT, &ds));
    EXPECT_EQ(ds.msg_qbytes, probe_sysctl("kernel/msgmnb"), "msg_qbytes of a new queue (msgmnb)");
}
