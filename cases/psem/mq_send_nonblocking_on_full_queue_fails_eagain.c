#include "psem.h"
#include <fcntl.h>

PROBE(.claim     = "mq_send() on a full queue opened with O_NONBLOCK fails at once with EAGAIN",
      .reference = "mq_send(3) \"DESCRIPTION\" and \"ERRORS\" (EAGAIN)",
      .how       = "Fill an O_NONBLOCK queue to its mq_maxmsg of 2; a third mq_send() must fail "
                   "with EAGAIN and mq_curmsgs stay 2.");

PROBE_BODY
{
    mqd_t q = psem_mq_create(psem_name("mq-full"), O_NONBLOCK, 2, 8);
    struct mq_attr attr;
    SETUP(mq_send(q, "1", 1, 0));
    SETUP(mq_send(q, "2", 1, 0));

    EXPECT_ERRNO(mq_send(q, "3", 1, 0), EAGAIN);
    PROBE_POISON(attr);
    SETUP(mq_getattr(q, &attr));
    EXPECT_EQ(attr.mq_curmsgs, 2, "messages queued after the refused send");
}
