#include "psem.h"

PROBE(.claim     = "mq_receive() with a buffer smaller than the queue's mq_msgsize fails with "
                   "EMSGSIZE, even when the waiting message would fit, and leaves it queued",
      .reference = "mq_receive(3) \"ERRORS\" (EMSGSIZE)",
      .how       = "A queue with mq_msgsize 64 holds one 4-byte message; mq_receive() with a "
                   "63-byte buffer must fail with EMSGSIZE; then mq_getattr() still counts 1 "
                   "message and a 64-byte buffer receives it.");

PROBE_BODY
{
    mqd_t q = psem_mq_create(psem_name("mq-emsgsize"), 0, 2, 64);
    char buf[64];
    struct mq_attr attr;
    SETUP(mq_send(q, "four", 4, 0));

    EXPECT_ERRNO(mq_receive(q, buf, 63, NULL), EMSGSIZE);
    PROBE_POISON(attr);
    SETUP(mq_getattr(q, &attr));
    EXPECT_EQ(attr.mq_curmsgs, 1, "messages queued after the refused receive");
    EXPECT_EQ(EXPECT_OK(mq_receive(q, buf, sizeof buf, NULL)), 4, "length received with a full-size buffer");
}
