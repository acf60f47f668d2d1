#include "psem.h"

PROBE(.claim     = "mq_getattr() reports the queue's mq_maxmsg and mq_msgsize as created and "
                   "mq_curmsgs as the number of messages currently queued",
      .reference = "mq_getattr(3) \"DESCRIPTION\"",
      .how       = "A queue created with maxmsg 3, msgsize 16 reports those; mq_curmsgs reads 0, 2 "
                   "after two sends, 1 after one receive.");

static long curmsgs(mqd_t q)
{
    struct mq_attr attr;
    PROBE_POISON(attr);
    SETUP(mq_getattr(q, &attr));
    return attr.mq_curmsgs;
}

PROBE_BODY
{
    mqd_t q = psem_mq_create(psem_name("mq-attr"), 0, 3, 16);
    struct mq_attr attr;
    char buf[16];

    PROBE_POISON(attr);
    EXPECT_OK(mq_getattr(q, &attr));
    EXPECT_EQ(attr.mq_maxmsg, 3, "mq_maxmsg");
    EXPECT_EQ(attr.mq_msgsize, 16, "mq_msgsize");
    EXPECT_EQ(curmsgs(q), 0, "mq_curmsgs of the new queue");
    SETUP(mq_send(q, "a", 1, 0));
    SETUP(mq_send(q, "b", 1, 0));
    EXPECT_EQ(curmsgs(q), 2, "mq_curmsgs after two sends");
    SETUP(mq_receive(q, buf, sizeof buf, NULL));
    EXPECT_EQ(curmsgs(q), 1, "mq_curmsgs after one receive");
}
