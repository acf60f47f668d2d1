#include "async.h"

PROBE(.claim     = "sigaltstack() called inside a handler running on the alternate stack reports "
                   "SS_ONSTACK",
      .reference = "sigaltstack(2) \"DESCRIPTION\" (SS_ONSTACK: \"The thread is currently "
                   "executing on the alternate signal stack\")",
      .how       = "A SIGUSR1 handler with SA_ONSTACK asks sigaltstack(NULL, &old) for the "
                   "current stack; raise(SIGUSR1) must run it with SS_ONSTACK in old.ss_flags, "
                   "and after it returns sigaltstack() must no longer report SS_ONSTACK.");

static volatile int flags_inside = -1;

static void inside(void)
{
    stack_t cur;
    if (sigaltstack(NULL, &cur) == 0)
        flags_inside = cur.ss_flags;
}

PROBE_BODY
{
    stack_t after;
    async_in_handler(SA_ONSTACK, inside);
    EXPECT_TRUE(flags_inside >= 0 && (flags_inside & SS_ONSTACK),
                "expected SS_ONSTACK in ss_flags inside the handler; observed flags %d", flags_inside);
    SETUP(sigaltstack(NULL, &after));
    EXPECT_EQ(after.ss_flags & SS_ONSTACK, 0, "SS_ONSTACK after the handler returned");
}
