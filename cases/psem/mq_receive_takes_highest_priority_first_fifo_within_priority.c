#include "psem.h"

PROBE(.claim     = "mq_receive() returns the oldest message of the highest priority: messages come "
                   "out by priority, FIFO within one priority",
      .reference = "mq_receive(3) \"DESCRIPTION\"; mq_send(3) \"DESCRIPTION\"",
      .how       = "Send a(1), b(5), c(1), d(5) to an empty queue; four mq_receive() calls must "
                   "return b, d, a, c with priorities 5, 5, 1, 1.");

PROBE_BODY
{
    mqd_t q = psem_mq_create(psem_name("mq-prio"), 0, 4, 8);
    const char *sent = "abcd", *want = "bdac";
    const unsigned prio[] = { 1, 5, 1, 5 }, want_prio[] = { 5, 5, 1, 1 };
    for (int i = 0; i < 4; i++)
        SETUP(mq_send(q, &sent[i], 1, prio[i]));

    for (int i = 0; i < 4; i++) {
        char buf[8] = "";
        unsigned got_prio = 0;
        EXPECT_EQ(EXPECT_OK(mq_receive(q, buf, sizeof buf, &got_prio)), 1, "message length");
        EXPECT_TRUE(buf[0] == want[i] && got_prio == want_prio[i],
                    "receive #%d: expected '%c' priority %u (order b5 d5 a1 c1); observed '%c' "
                    "priority %u", i + 1, want[i], want_prio[i], buf[0], got_prio);
    }
}
