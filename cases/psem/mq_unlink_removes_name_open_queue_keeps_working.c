#include "psem.h"
#include <fcntl.h>

PROBE(.claim     = "mq_unlink() removes the queue's name at once (mq_open of it then fails with "
                   "ENOENT) while descriptors already open keep sending and receiving",
      .reference = "mq_unlink(3) \"DESCRIPTION\"; mq_open(3) \"ERRORS\" (ENOENT)",
      .how       = "Create a queue, mq_unlink() it; mq_open(name, O_RDWR) must fail with ENOENT, "
                   "and the open descriptor must still carry one message through.");

PROBE_BODY
{
    const char *name = psem_name("mq-unlink");
    mqd_t q = psem_mq_create(name, 0, 2, 8);
    char buf[8] = "";

    EXPECT_OK(mq_unlink(name));
    EXPECT_ERRNO(mq_open(name, O_RDWR), ENOENT);
    EXPECT_OK(mq_send(q, "k", 1, 0));
    EXPECT_EQ(EXPECT_OK(mq_receive(q, buf, sizeof buf, NULL)), 1, "length received after unlink");
    EXPECT_EQ(buf[0], 'k', "byte received through the unlinked queue");
}
