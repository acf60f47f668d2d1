#include "async.h"

PROBE(.claim     = "Without an alternate signal stack a process that overflows its stack is "
                   "killed by SIGSEGV even though it has a SIGSEGV handler",
      .reference = "sigaltstack(2) \"DESCRIPTION\" (\"the kernel can't invoke the handler\" when "
                   "the normal stack is exhausted)",
      .how       = "A child with a 256 KiB stack limit installs a SIGSEGV handler that exits 0 "
                   "(no SA_ONSTACK, no alternate stack) and recurses until the stack overflows; it "
                   "must be killed by SIGSEGV.");

static void on_segv(int sig)
{
    _exit(0);
}

static int overflow(void *arg)
{
    struct sigaction sa = { .sa_handler = on_segv };
    if (sigaction(SIGSEGV, &sa, NULL) != 0)
        return 3;
    async_overflow_stack();
    return 2;
}

PROBE_BODY
{
    expect_child_killed_by(probe_spawn(overflow, NULL), SIGSEGV,
                           "the child that overflows its stack without an alternate stack");
}
