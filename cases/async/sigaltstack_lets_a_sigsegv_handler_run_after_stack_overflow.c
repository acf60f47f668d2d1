#include "async.h"

PROBE(.claim     = "A SIGSEGV handler installed with SA_ONSTACK on an alternate signal stack runs "
                   "when the normal stack overflows",
      .reference = "sigaltstack(2) \"DESCRIPTION\" (\"to handle the SIGSEGV signal that occurs "
                   "when a process exhausts its normal stack\")",
      .how       = "A child with a 256 KiB stack limit sets up an alternate stack and a SIGSEGV "
                   "handler (SA_ONSTACK) that exits 0, then recurses until the stack overflows. It "
                   "must exit 0 (the handler ran); death by SIGSEGV means it could not.");

static void on_segv(int sig)
{
    _exit(0);
}

static int overflow(void *arg)
{
    struct sigaction sa = { .sa_handler = on_segv, .sa_flags = SA_ONSTACK };
    async_altstack();
    if (sigaction(SIGSEGV, &sa, NULL) != 0)
        return 3;
    async_overflow_stack();
    return 2;
}

PROBE_BODY
{
    expect_child_exit(probe_spawn(overflow, NULL), 0,
                      "the child that overflows its stack (0: the handler ran on the alternate stack)");
}
