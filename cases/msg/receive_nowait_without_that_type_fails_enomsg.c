#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with IPC_NOWAIT fails with ENOMSG when no message of the wanted type is "
                   "queued, even if others are",
      .reference = "msgrcv(2) \"ERRORS\" (ENOMSG)",
      .seed      = "SEED-58",
      .kind      = "confirms",
      .how       = "Messages of types 1 and 3 are queued; a child's msgrcv(msgtyp 2, IPC_NOWAIT) "
                   "must fail with ENOMSG at once, and both messages must stay queued.");

static int id;

static int receiver(void *arg)
{
    struct text_msg m;
    return child_errno(msgrcv(id, &m, sizeof m.mtext, 2, IPC_NOWAIT));
}

PROBE_BODY
{
    id = msg_queue();
    msg_put(id, 1, "one");
    msg_put(id, 3, "three");
    pid_t child = probe_spawn(receiver, NULL);

    expect_child_errno_at_once(child, &SYSCALL_MSGRCV, ENOMSG, "msgrcv(type 2, IPC_NOWAIT)");
    EXPECT_EQ(msg_stat(id).msg_qnum, 2, "msg_qnum after the refused receive");
}
