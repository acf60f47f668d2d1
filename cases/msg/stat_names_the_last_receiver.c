#include "sysv_msgsem.h"

PROBE(.claim     = "msgctl(IPC_STAT) reports the pid of the last msgrcv (msg_lrpid)",
      .reference = "msgctl(2) \"IPC_STAT\" (msg_lrpid)",
      .seed      = "SEED-54",
      .kind      = "confirms",
      .how       = "The test process sends a message; a child receives it; msg_lrpid must be the "
                   "child's pid, and msg_lspid still the sender's.");

static int id;

static int receiver(void *arg)
{
    struct text_msg m;
    return child_errno(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT));
}

PROBE_BODY
{
    id = msg_queue();
    msg_put(id, 1, "x");
    pid_t child = probe_spawn(receiver, NULL);
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the child's msgrcv");

    struct msqid_ds ds = msg_stat(id);
    EXPECT_EQ(ds.msg_lrpid, child, "msg_lrpid after the child's receive");
    EXPECT_EQ(ds.msg_lspid, getpid(), "msg_lspid (the test process sent)");
}
