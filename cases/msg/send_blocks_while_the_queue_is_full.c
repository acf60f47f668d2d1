#include "sysv_msgsem.h"
#include <stdlib.h>

PROBE(.claim     = "msgsnd with flags 0 blocks while the queue is full, and completes once a "
                   "receive makes room",
      .reference = "msgsnd(2) \"DESCRIPTION\" (insufficient space ... blocks)",
      .seed      = "SEED-56",
      .kind      = "confirms",
      .how       = "The queue is filled to msg_qbytes; a child's 1-byte msgsnd must be seen asleep "
                   "in msgsnd() by the oracle; one msgrcv frees room and the child's send then "
                   "succeeds.");

static int id;

static int sender(void *arg)
{
    struct text_msg m = { .mtype = 2, .mtext = "x" };
    return child_errno(msgsnd(id, &m, 1, 0));
}

PROBE_BODY
{
    id = msg_queue();
    msg_fill(id);
    pid_t child = probe_spawn(sender, NULL);

    expect_blocked_in(child, child, &SYSCALL_MSGSND, PROBE_BOUND_MS);
    struct text_msg *big = SETUP_PTR(malloc(sizeof(long) + (size_t)probe_sysctl("kernel/msgmax")), NULL);
    SETUP(msgrcv(id, big, (size_t)probe_sysctl("kernel/msgmax"), 1, IPC_NOWAIT));
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the blocked msgsnd, after a receive made room");
}
