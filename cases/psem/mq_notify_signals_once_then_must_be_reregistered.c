#include "psem.h"
#include <signal.h>

PROBE(.claim     = "mq_notify(SIGEV_SIGNAL) sends the signal once, when a message arrives on the "
                   "empty queue, and then the registration is removed: a later message sends no "
                   "signal until the process registers again",
      .reference = "mq_notify(3) \"DESCRIPTION\" (\"the notification is sent ... and removed\")",
      .since     = "2.6.6",
      .how       = "With SIGUSR1 blocked, register for SIGUSR1 and send a message: sigtimedwait() "
                   "must take SIGUSR1 (si_code SI_MESGQ, our sigev_value). After draining, a second "
                   "message must leave no SIGUSR1 pending; after re-registering, a third brings it.");

static int notified(const sigset_t *set, int bound_ms, siginfo_t *info)
{
    struct timespec t = { bound_ms / 1000, (bound_ms % 1000) * 1000000L };
    return sigtimedwait(set, info, &t) == SIGUSR1;
}

PROBE_BODY
{
    mqd_t q = psem_mq_create(psem_name("mq-notify"), 0, 2, 8);
    struct sigevent sev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR1,
                            .sigev_value.sival_int = 42 };
    sigset_t usr1;
    siginfo_t info;
    char buf[8];
    sigemptyset(&usr1);
    sigaddset(&usr1, SIGUSR1);
    SETUP(sigprocmask(SIG_BLOCK, &usr1, NULL));

    EXPECT_OK(SINCE(mq_notify(q, &sev), 0));
    SETUP(mq_send(q, "1", 1, 0));
    EXPECT_TRUE(notified(&usr1, probe_ms(PROBE_BOUND_MS), &info),
                "expected SIGUSR1 after a message reached the empty queue; observed none in %d ms",
                probe_ms(PROBE_BOUND_MS));
    EXPECT_EQ(info.si_code, SI_MESGQ, "si_code of the notification (SI_MESGQ)");
    EXPECT_EQ(info.si_value.sival_int, 42, "si_value of the notification");

    SETUP(mq_receive(q, buf, sizeof buf, NULL));
    SETUP(mq_send(q, "2", 1, 0)); /* the kernel signals inside mq_send: pending now or never */
    EXPECT_TRUE(!notified(&usr1, 0, &info),
                "expected no signal for a second message without re-registering; observed SIGUSR1");

    SETUP(mq_receive(q, buf, sizeof buf, NULL));
    EXPECT_OK(mq_notify(q, &sev));
    SETUP(mq_send(q, "3", 1, 0));
    EXPECT_TRUE(notified(&usr1, probe_ms(PROBE_BOUND_MS), &info),
                "expected SIGUSR1 again after re-registering; observed none");
}
