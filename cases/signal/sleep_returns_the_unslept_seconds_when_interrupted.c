#include "signals.h"

PROBE(.claim     = "sleep() interrupted by a handled signal returns the number of seconds left to sleep",
      .reference = "sleep(3) \"RETURN VALUE\"",
      .seed      = "SEED-32",
      .kind      = "confirms",
      .layer     = "libc",
      .how       = "A child catches SIGUSR1 and calls sleep(5) (this probe's behaviour is sleep itself); "
                   "once the oracle sees it in clock_nanosleep, SIGUSR1 interrupts it a few ms in, "
                   "so 4.99.. s are left: sleep() must return 4 or 5 (sleep(3) does not fix the rounding; "
                   "glibc truncates to 4), which the child reports as its exit code.");

static int sleeper(void *arg)
{
    sig_catch(SIGUSR1, 0);
    return (int)sleep(5);
}

PROBE_BODY
{
    pid_t child = probe_spawn(sleeper, NULL);
    expect_blocked(child, SIG_SYS_SLEEP, PROBE_BOUND_MS, "sleep()");

    SETUP(kill(child, SIGUSR1));
    int status = probe_reap(child, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFEXITED(status) && (WEXITSTATUS(status) == 4 || WEXITSTATUS(status) == 5),
                "expected sleep(5) interrupted at once to return 4 or 5; observed the child %s",
                describe_status(status));
}
