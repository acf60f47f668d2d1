#include "async.h"

PROBE(.claim     = "A handler installed with SA_ONSTACK runs on the alternate signal stack",
      .reference = "sigaltstack(2) \"DESCRIPTION\"; sigaction(2) \"DESCRIPTION\" (SA_ONSTACK)",
      .how       = "The probe sets up an alternate stack and a SIGUSR1 handler with SA_ONSTACK "
                   "that notes whether a local variable of its own lies inside that stack; "
                   "raise(SIGUSR1) must run it there.");

static volatile sig_atomic_t ran, on_alt;

static void handler(int sig)
{
    volatile char here = 0;
    on_alt = async_on_altstack((const void *)&here);
    ran = 1;
}

PROBE_BODY
{
    struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_ONSTACK };
    async_altstack();
    SETUP(sigaction(SIGUSR1, &sa, NULL));

    SETUP(raise(SIGUSR1));
    EXPECT_TRUE(ran, "expected the SIGUSR1 handler to have run; observed it did not");
    EXPECT_TRUE(on_alt, "expected the handler's frame on the alternate stack; observed it elsewhere");
}
