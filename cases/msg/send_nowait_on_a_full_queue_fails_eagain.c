#include "sysv_msgsem.h"

PROBE(.claim     = "msgsnd with IPC_NOWAIT on a full queue fails with EAGAIN instead of blocking",
      .reference = "msgsnd(2) \"ERRORS\" (EAGAIN)",
      .seed      = "SEED-56",
      .kind      = "confirms",
      .how       = "The queue is filled to msg_qbytes; a child's 1-byte msgsnd with IPC_NOWAIT must "
                   "fail with EAGAIN without falling asleep in msgsnd().");

static int id;

static int sender(void *arg)
{
    struct text_msg m = { .mtype = 2, .mtext = "x" };
    return child_errno(msgsnd(id, &m, 1, IPC_NOWAIT));
}

PROBE_BODY
{
    id = msg_queue();
    msg_fill(id);
    pid_t child = probe_spawn(sender, NULL);

    expect_child_errno_at_once(child, &SYSCALL_MSGSND, EAGAIN, "msgsnd(IPC_NOWAIT) on the full queue");
}
