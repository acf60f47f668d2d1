#include "async.h"

PROBE(.claim     = "A handler installed with SA_ONSTACK runs on the alternate signal stack",
      .reference = "sigaltstack(2) \"DESCRIPTION\"; sigaction(2) \"DESCRIPTION\" (SA_ONSTACK)",
      .how       = "The probe sets up an alternate stack and a SIGUSR1 handler with SA_ONSTACK "
                   "that notes whether a local variable of its own lies inside that stack; "
                   "raise(SIGUSR1) must run it there.");

static volatile sig_atomic_t on_alt;

static void inside(void)
{
    volatile char here = 0;
    on_alt = async_on_altstack((const void *)&here);
}

PROBE_BODY
{
    async_in_handler(SA_ONSTACK, inside);
    EXPECT_TRUE(on_alt, "expected the handler's frame on the alternate stack; observed it elsewhere");
}
