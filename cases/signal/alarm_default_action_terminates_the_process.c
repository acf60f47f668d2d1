#include "signals.h"

PROBE(.claim     = "alarm(n) delivers SIGALRM after n seconds, and SIGALRM's default action ends the process",
      .reference = "alarm(2) \"DESCRIPTION\"",
      .seed      = "SEED-31",
      .kind      = "confirms",
      .timeout_s = 3,
      .how       = "A child (SIGALRM at its default) calls alarm(1), says so through a pipe and "
                   "pauses; it must be killed by SIGALRM, not before 900 ms after the alarm was set "
                   "(1 s is the shortest alarm there is) and within the bound after that second.");

static int ready[2];

static int sleeper(void *arg)
{
    alarm(1);
    write(ready[1], "a", 1);
    for (;;)
        pause();
    return 0;
}

PROBE_BODY
{
    char c;
    SETUP(pipe(ready));
    pid_t child = probe_spawn(sleeper, NULL);
    SETUP(read(ready[0], &c, 1)); /* the alarm is set from here on */
    long long t0 = probe_now_ms();

    int status = probe_reap(child, 1000 + PROBE_BOUND_MS); /* the alarm's second, then the bound */
    long long ms = probe_now_ms() - t0;
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM,
                "expected the child to be killed by SIGALRM after alarm(1); observed it %s",
                describe_status(status));
    EXPECT_TRUE(ms >= 900, "expected SIGALRM about 1 s after alarm(1); observed it after %lld ms", ms);
}
