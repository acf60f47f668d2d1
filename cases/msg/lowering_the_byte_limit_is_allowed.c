#include "sysv_msgsem.h"

PROBE(.claim     = "The owner may lower a queue's msg_qbytes with IPC_SET, and sends beyond the new "
                   "limit then find the queue full",
      .reference = "msgctl(2) \"IPC_SET\" (msg_qbytes)",
      .how       = "msg_qbytes is set to 4 with IPC_SET; IPC_STAT must read back 4, and after a "
                   "4-byte message a child's 1-byte msgsnd(IPC_NOWAIT) must fail with EAGAIN.");

static int id;

static int sender(void *arg)
{
    struct text_msg m = { .mtype = 1, .mtext = "x" };
    return child_errno(msgsnd(id, &m, 1, IPC_NOWAIT));
}

PROBE_BODY
{
    id = msg_queue();
    struct msqid_ds ds = msg_stat(id);
    ds.msg_qbytes = 4;

    EXPECT_OK(msgctl(id, IPC_SET, &ds));
    EXPECT_EQ(msg_stat(id).msg_qbytes, 4, "msg_qbytes after IPC_SET to 4");
    msg_put(id, 1, "full");
    expect_child_errno_at_once(probe_spawn(sender, NULL), &SYSCALL_MSGSND, EAGAIN,
                               "msgsnd(1 byte, IPC_NOWAIT) with 4 of 4 bytes queued");
}
