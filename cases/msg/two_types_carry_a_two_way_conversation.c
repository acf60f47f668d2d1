#include "sysv_msgsem.h"

PROBE(.claim     = "Two processes hold a two-way conversation over one queue with two types: the "
                   "server sends type 100 and reads 200, the client the reverse; neither reads its own",
      .reference = "msgrcv(2) \"DESCRIPTION\" (msgtyp is greater than 0)",
      .seed      = "SEED-60",
      .kind      = "confirms",
      .how       = "A server child sends a type-100 greeting, then waits for type 200: the oracle must "
                   "see it asleep with its own greeting still queued. A client child then reads the "
                   "greeting and sends 3 requests (type 200) that the server answers (type 100, upper "
                   "case); both must exit 0 and the queue end empty.");

static int id;

static int say(long type, char c)
{
    return msgsnd(id, &(struct text_msg){ .mtype = type, .mtext = { c } }, 1, 0);
}

static char hear(long type)
{
    struct text_msg m;
    return msgrcv(id, &m, sizeof m.mtext, type, 0) == 1 && m.mtype == type ? m.mtext[0] : 0;
}

static int server(void *arg)
{
    if (say(100, '!') != 0)
        return 201;
    for (char c = 'a'; c < 'd'; c++)
        if (hear(200) != c || say(100, c - 32) != 0)
            return 202; /* read its own message, or a garbled one */
    return 0;
}

static int client(void *arg)
{
    if (hear(100) != '!')
        return 202;
    for (char c = 'a'; c < 'd'; c++)
        if (say(200, c) != 0 || hear(100) != c - 32)
            return 202;
    return 0;
}

PROBE_BODY
{
    id = msg_queue();
    pid_t s = probe_spawn(server, NULL);
    expect_blocked_in(s, s, &SYSCALL_MSGRCV, PROBE_BOUND_MS);
    EXPECT_EQ(msg_stat(id).msg_qnum, 1, "msg_qnum while the server waits (its own greeting)");

    pid_t c = probe_spawn(client, NULL);
    expect_child_exit(c, 0, "the client (202: it read a message that was not the server's)");
    expect_child_exit(s, 0, "the server (202: it read a message that was not the client's)");
    EXPECT_EQ(msg_stat(id).msg_qnum, 0, "msg_qnum after the conversation");
}
