#include "async.h"

PROBE(.claim     = "sigaltstack() asked to change the alternate stack while a handler runs on it "
                   "fails with EPERM",
      .reference = "sigaltstack(2) \"ERRORS\" (EPERM: \"An attempt was made to change the "
                   "alternate signal stack while it was active\")",
      .how       = "A SIGUSR1 handler with SA_ONSTACK, running on the alternate stack, tries to "
                   "install another one; the call must fail with EPERM.");

static volatile int result = 1, error;

static void inside(void)
{
    static char other[1 << 16];
    stack_t ss = { .ss_sp = other, .ss_size = sizeof other };
    result = sigaltstack(&ss, NULL);
    error = errno;
}

PROBE_BODY
{
    async_in_handler(SA_ONSTACK, inside);
    EXPECT_TRUE(result == -1 && error == EPERM,
                "expected sigaltstack inside the handler to fail with EPERM; observed %d/%s",
                result, result == -1 ? errno_name(error) : "no error");
}
