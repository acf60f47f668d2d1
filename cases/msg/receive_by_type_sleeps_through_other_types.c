#include "sysv_msgsem.h"

PROBE(.claim     = "msgrcv waiting for one type stays blocked when messages of other types arrive, "
                   "and wakes for the first message of its type",
      .reference = "msgrcv(2) \"DESCRIPTION\" (msgtyp is greater than 0)",
      .seed      = "SEED-58",
      .kind      = "confirms",
      .how       = "A child waits for type 2; after a type-1 message is sent the oracle must still "
                   "see it asleep in msgrcv() and the message stays queued; a type-2 message then "
                   "wakes it with that message.");

static int id;

static int receiver(void *arg)
{
    struct text_msg m;
    if (msgrcv(id, &m, sizeof m.mtext, 2, 0) == -1)
        return child_errno(-1);
    return m.mtype == 2 && m.mtext[0] == 'b' ? 0 : 200;
}

PROBE_BODY
{
    id = msg_queue();
    pid_t child = probe_spawn(receiver, NULL);
    expect_blocked_in(child, child, &SYSCALL_MSGRCV, PROBE_BOUND_MS);

    msg_put(id, 1, "a");
    expect_blocked_in(child, child, &SYSCALL_MSGRCV, PROBE_BOUND_MS);
    EXPECT_EQ(msg_stat(id).msg_qnum, 1, "msg_qnum with only the type-1 message sent");
    msg_put(id, 2, "b");
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the msgrcv waiting for type 2");
}
