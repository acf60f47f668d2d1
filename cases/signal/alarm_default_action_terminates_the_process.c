#include "signals.h"

PROBE(.claim     = "alarm(n) delivers SIGALRM after n seconds, and SIGALRM's default action ends the process",
      .reference = "alarm(2) \"DESCRIPTION\"",
      .seed      = "SEED-31",
      .kind      = "confirms",
      .timeout_s = 3,
      .how       = "A child (SIGALRM at its default) calls alarm(1) and pauses; it must be killed by "
                   "SIGALRM, not before 900 ms (1 s is the shortest alarm there is) and within the bound.");

static int sleeper(void *arg)
{
    alarm(1);
    for (;;)
        pause();
    return 0;
}

PROBE_BODY
{
    long long t0 = probe_now_ms();
    pid_t child = probe_spawn(sleeper, NULL);

    int status = probe_reap(child, 1000 + PROBE_BOUND_MS); /* the alarm's second, then the bound */
    long long ms = probe_now_ms() - t0;
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM,
                "expected the child to be killed by SIGALRM after alarm(1); observed it %s",
                describe_status(status));
    EXPECT_TRUE(ms >= 900, "expected SIGALRM about 1 s after alarm(1); observed it after %lld ms", ms);
}
