#include "async.h"

PROBE(.claim     = "A handler installed without SA_ONSTACK runs on the normal stack even when an "
                   "alternate signal stack is set up",
      .reference = "sigaction(2) \"DESCRIPTION\" (SA_ONSTACK: \"If an alternate stack is not "
                   "available, the default stack will be used\"); sigaltstack(2)",
      .how       = "The probe sets up an alternate stack and a SIGUSR1 handler without SA_ONSTACK "
                   "that notes whether a local variable of its own lies inside that stack; "
                   "raise(SIGUSR1) must run it, outside the alternate stack.");

static volatile sig_atomic_t on_alt;

static void inside(void)
{
    volatile char here = 0;
    on_alt = async_on_altstack((const void *)&here);
}

PROBE_BODY
{
    async_in_handler(0, inside);
    EXPECT_TRUE(!on_alt, "expected the handler's frame on the normal stack; observed it on the "
                "alternate stack");
}
