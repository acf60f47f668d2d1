#include "psem.h"
#include <fcntl.h>

PROBE(.claim     = "mq_receive() on an empty queue opened with O_NONBLOCK fails at once with EAGAIN",
      .reference = "mq_receive(3) \"DESCRIPTION\" and \"ERRORS\" (EAGAIN)",
      .how       = "mq_receive() on a fresh, empty O_NONBLOCK queue must fail with EAGAIN.");

PROBE_BODY
{
    mqd_t q = psem_mq_create(psem_name("mq-empty"), O_NONBLOCK, 2, 8);
    char buf[8];

    EXPECT_ERRNO(mq_receive(q, buf, sizeof buf, NULL), EAGAIN);
}
