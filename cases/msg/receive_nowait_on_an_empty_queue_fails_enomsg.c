#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with IPC_NOWAIT on an empty queue fails with ENOMSG instead of blocking",
      .reference = "msgrcv(2) \"ERRORS\" (ENOMSG)",
      .seed      = "SEED-58",
      .kind      = "confirms",
      .how       = "A child calls msgrcv(IPC_NOWAIT) on an empty queue; it must fail with ENOMSG "
                   "without falling asleep in msgrcv().");

static int id;

static int receiver(void *arg)
{
    struct text_msg m;
    return child_errno(msgrcv(id, &m, sizeof m.mtext, 0, IPC_NOWAIT));
}

PROBE_BODY
{
    id = msg_queue();
    pid_t child = probe_spawn(receiver, NULL);

    expect_child_errno_at_once(child, &SYSCALL_MSGRCV, ENOMSG, "msgrcv(IPC_NOWAIT) on the empty queue");
}
