#include "sysv_msgsem.h"

PROBE(.claim     = "Removing a queue wakes a process blocked in msgrcv on it with EIDRM",
      .reference = "msgrcv(2) \"ERRORS\" (EIDRM); msgctl(2) \"IPC_RMID\"",
      .seed      = "SEED-53",
      .kind      = "confirms",
      .how       = "A child blocks in msgrcv on an empty queue (oracle); msgctl(IPC_RMID) must wake "
                   "it with EIDRM.");

static int id;

static int receiver(void *arg)
{
    struct text_msg m;
    return child_errno(msgrcv(id, &m, sizeof m.mtext, 0, 0));
}

PROBE_BODY
{
    id = msg_queue();
    pid_t child = probe_spawn(receiver, NULL);

    expect_blocked_in(child, child, &SYSCALL_MSGRCV, PROBE_BOUND_MS);
    EXPECT_OK(msgctl(id, IPC_RMID, NULL));
    expect_child_errno(child, EIDRM, PROBE_BOUND_MS, "msgrcv blocked on the removed queue");
}
