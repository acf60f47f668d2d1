#include "psem.h"
#include <signal.h>

PROBE(.claim     = "Only one process can be registered for notification on a queue: while one is, "
                   "mq_notify() from another process fails with EBUSY",
      .reference = "mq_notify(3) \"ERRORS\" (EBUSY)",
      .since     = "2.6.6",
      .how       = "The probe registers for SIGUSR1 notification on a queue; a child then calls "
                   "mq_notify() with its own SIGEV_SIGNAL request and must get EBUSY.");

static mqd_t q;

static int second_registrant(void *arg)
{
    struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2 };
    return mq_notify(q, &sev) == 0 ? 0 : errno;
}

PROBE_BODY
{
    struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1 };
    q = psem_mq_create(psem_name("mq-ebusy"), 0, 2, 8);
    SETUP(SINCE(mq_notify(q, &sev), 0));

    psem_expect_child_errno(probe_spawn(second_registrant, NULL), EBUSY,
                            "mq_notify() from a second process");
}
