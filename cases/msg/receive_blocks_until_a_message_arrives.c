#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv with flags 0 on an empty queue blocks until a message arrives, then "
                   "returns it",
      .reference = "msgrcv(2) \"DESCRIPTION\" (no message of the requested type ... blocks)",
      .seed      = "SEED-58",
      .kind      = "confirms",
      .how       = "A child's msgrcv on the empty queue must be seen asleep in msgrcv() by the "
                   "oracle; a message sent then wakes it, and it exits 0 having received that text.");

static int id;

static int receiver(void *arg)
{
    struct text_msg m;
    if (msgrcv(id, &m, sizeof m.mtext, 0, 0) != 4)
        return child_errno(-1);
    return memcmp(m.mtext, "ping", 4) == 0 ? 0 : 200;
}

PROBE_BODY
{
    id = msg_queue();
    pid_t child = probe_spawn(receiver, NULL);

    expect_blocked_in(child, child, &SYSCALL_MSGRCV, PROBE_BOUND_MS);
    msg_put(id, 1, "ping");
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the blocked msgrcv, after a message was sent");
}
