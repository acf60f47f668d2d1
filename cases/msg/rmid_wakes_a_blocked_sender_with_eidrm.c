#include "sysv_msgsem.h"

PROBE(.claim     = "Removing a queue wakes a process blocked in msgsnd on it with EIDRM",
      .reference = "msgsnd(2) \"ERRORS\" (EIDRM); msgctl(2) \"IPC_RMID\"",
      .seed      = "SEED-53",
      .kind      = "confirms",
      .how       = "The queue is filled; a child blocks in msgsnd (oracle); msgctl(IPC_RMID) must "
                   "wake it with EIDRM.");

static int id;

static int sender(void *arg)
{
    struct text_msg m = { .mtype = 1, .mtext = "x" };
    return child_errno(msgsnd(id, &m, 1, 0));
}

PROBE_BODY
{
    id = msg_queue();
    msg_fill(id);
    pid_t child = probe_spawn(sender, NULL);

    expect_blocked_in(child, child, &SYSCALL_MSGSND, PROBE_BOUND_MS);
    EXPECT_OK(msgctl(id, IPC_RMID, NULL));
    expect_child_errno(child, EIDRM, PROBE_BOUND_MS, "msgsnd blocked on the removed queue");
}
