#include "psem.h"

PROBE(.claim     = "mq_timedreceive() on an empty queue fails with ETIMEDOUT once the absolute "
                   "CLOCK_REALTIME deadline has passed, and not before it",
      .reference = "mq_receive(3) \"DESCRIPTION\" (mq_timedreceive) and \"ERRORS\" (ETIMEDOUT)",
      .how       = "A child calls mq_timedreceive() with a deadline 20 ms ahead on an empty queue "
                   "and reports the errno: it must be ETIMEDOUT, no earlier than the deadline. A "
                   "wait that ignores the deadline is cut off at the bound (FAIL).");

#define TIMEOUT_MS 20
static mqd_t q;

static int timed_receiver(void *arg)
{
    char buf[8];
    struct timespec deadline = psem_deadline(TIMEOUT_MS);
    if (mq_timedreceive(q, buf, sizeof buf, NULL, &deadline) >= 0)
        return 0;
    if (errno == ETIMEDOUT && psem_ms_since(&deadline) < 0)
        return PSEM_CHILD_EARLY;
    return errno;
}

PROBE_BODY
{
    q = psem_mq_create(psem_name("mq-timeout"), 0, 2, 8);
    psem_expect_child_errno(probe_spawn(timed_receiver, NULL), ETIMEDOUT,
                            "mq_timedreceive() on an empty queue with a 20 ms deadline");
}
