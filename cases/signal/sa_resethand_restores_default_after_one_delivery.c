#include "signals.h"

PROBE(.claim     = "With SA_RESETHAND the disposition returns to SIG_DFL on entry to the handler",
      .reference = "sigaction(2) \"SA_RESETHAND\"",
      .how       = "A child catches SIGUSR2 with SA_RESETHAND and raises it: the handler runs once and "
                   "sigaction() then reports SIG_DFL; a second raise kills the child.");

static int child_fn(void *arg)
{
    struct sigaction now;
    sig_catch(SIGUSR2, SA_RESETHAND);
    raise(SIGUSR2);
    sigaction(SIGUSR2, NULL, &now);
    if (sig_count[SIGUSR2] != 1 || now.sa_handler != SIG_DFL)
        return 1;
    raise(SIGUSR2);
    return 0;
}

PROBE_BODY
{
    pid_t child = probe_spawn(child_fn, NULL);

    expect_child_killed_by(child, SIGUSR2, "the child's second raise(SIGUSR2) "
                           "(exit 1 = the handler stayed installed)");
}
