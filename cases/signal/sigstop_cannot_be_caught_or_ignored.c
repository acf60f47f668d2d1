#include "signals.h"

PROBE(.claim     = "SIGSTOP cannot be caught or ignored: sigaction() and signal() fail with EINVAL",
      .reference = "sigaction(2) \"ERRORS\"",
      .seed      = "SEED-35",
      .kind      = "confirms",
      .how       = "sigaction(SIGSTOP) with a handler and with SIG_IGN fails with EINVAL, as does "
                   "signal(SIGSTOP, h); a child that tried it anyway is still stopped by SIGSTOP "
                   "(waitpid WUNTRACED reports it).");

static void h(int sig) { }

static int stubborn(void *arg)
{
    signal(SIGSTOP, SIG_IGN);
    for (;;)
        pause();
    return 0;
}

PROBE_BODY
{
    struct sigaction sa = { .sa_handler = h };
    EXPECT_ERRNO(sigaction(SIGSTOP, &sa, NULL), EINVAL);
    sa.sa_handler = SIG_IGN;
    EXPECT_ERRNO(sigaction(SIGSTOP, &sa, NULL), EINVAL);
    errno = 0;
    sighandler_t old = signal(SIGSTOP, h);
    int err = errno;
    EXPECT_TRUE(old == SIG_ERR, "expected signal(SIGSTOP, h) to return SIG_ERR; observed another value");
    EXPECT_EQ(err, EINVAL, "errno after signal(SIGSTOP, h) (EINVAL = 22)");

    pid_t child = probe_spawn(stubborn, NULL);
    SETUP(kill(child, SIGSTOP));
    int status = sig_wait_stopped(child, PROBE_BOUND_MS);
    kill(child, SIGKILL);
    probe_reap(child, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP,
                "expected the child to be stopped by SIGSTOP; observed it %s", describe_status(status));
}
