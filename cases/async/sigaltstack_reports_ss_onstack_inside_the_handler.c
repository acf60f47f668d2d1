#include "async.h"

PROBE(.claim     = "sigaltstack() called inside a handler running on the alternate stack reports "
                   "SS_ONSTACK",
      .reference = "sigaltstack(2) \"DESCRIPTION\" (SS_ONSTACK: \"The thread is currently "
                   "executing on the alternate signal stack\")",
      .how       = "A SIGUSR1 handler with SA_ONSTACK asks sigaltstack(NULL, &old) for the "
                   "current stack; raise(SIGUSR1) must run it with SS_ONSTACK in old.ss_flags, "
                   "and after it returns sigaltstack() must no longer report SS_ONSTACK.");

static volatile sig_atomic_t ran;
static volatile int flags_inside = -1;

static void handler(int sig)
{
    stack_t cur;
    if (sigaltstack(NULL, &cur) == 0)
        flags_inside = cur.ss_flags;
    ran = 1;
}

PROBE_BODY
{
    struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_ONSTACK };
    stack_t after;
    async_altstack();
    SETUP(sigaction(SIGUSR1, &sa, NULL));

    SETUP(raise(SIGUSR1));
    EXPECT_TRUE(ran, "expected the SIGUSR1 handler to have run; observed it did not");
    EXPECT_TRUE(flags_inside >= 0 && (flags_inside & SS_ONSTACK),
                "expected SS_ONSTACK in ss_flags inside the handler; observed flags %d", flags_inside);
    SETUP(sigaltstack(NULL, &after));
    EXPECT_EQ(after.ss_flags & SS_ONSTACK, 0, "SS_ONSTACK after the handler returned");
}
