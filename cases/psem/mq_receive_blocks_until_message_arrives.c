#include "psem.h"

PROBE(.claim     = "mq_receive() on an empty blocking queue blocks until a message is sent, then "
                   "returns that message",
      .reference = "mq_receive(3) \"DESCRIPTION\"; mq_overview(7)",
      .how       = "A child calls mq_receive() on an empty queue; the oracle must see it asleep in "
                   "mq_timedreceive() (glibc's route). The parent sends \"hi\"; the child must exit 0 "
                   "having received exactly that.");

static mqd_t q;

static int receiver(void *arg)
{
    char buf[16];
    ssize_t n = mq_receive(q, buf, sizeof buf, NULL);
    return n == 2 && memcmp(buf, "hi", 2) == 0 ? 0 : 1;
}

PROBE_BODY
{
    q = psem_mq_create(psem_name("mq-block"), 0, 2, 16);
    pid_t child = probe_spawn(receiver, NULL);

    expect_blocked(child, PSEM_NR_MQ_TIMEDRECEIVE, PROBE_BOUND_MS, "mq_receive() on the empty queue");
    SETUP(mq_send(q, "hi", 2, 0));
    expect_child_exit(child, 0, "the receiver, after \"hi\" was sent (1 = wrong message or error)");
}
