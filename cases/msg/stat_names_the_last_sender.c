#include "sysv_msgsem.h"

PROBE(.claim     = "msgctl(IPC_STAT) reports the pid of the last msgsnd (msg_lspid)",
      .reference = "msgctl(2) \"IPC_STAT\" (msg_lspid)",
      .seed      = "SEED-54",
      .kind      = "confirms",
      .how       = "A new queue has msg_lspid 0; after a child sends a message, msg_lspid must be "
                   "that child's pid, not the creator's.");

static int id;

static int sender(void *arg)
{
    struct text_msg m = { .mtype = 1, .mtext = "x" };
    return child_errno(msgsnd(id, &m, 1, IPC_NOWAIT));
}

PROBE_BODY
{
    id = msg_queue();
    EXPECT_EQ(msg_stat(id).msg_lspid, 0, "msg_lspid of a new queue");
    pid_t child = probe_spawn(sender, NULL);
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the child's msgsnd");

    EXPECT_EQ(msg_stat(id).msg_lspid, child, "msg_lspid after the child's send");
}
