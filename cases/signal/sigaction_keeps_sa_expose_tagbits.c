#include "signals.h"

PROBE(.claim     = "sigaction() supports SA_EXPOSE_TAGBITS: the bit survives in the sa_flags it "
                   "reports back",
      .reference = "sigaction(2) \"SA_EXPOSE_TAGBITS\", \"Dynamically probing for flag bit "
                   "support\"",
      .since     = "5.11",
      .how       = "A handler is installed with SA_EXPOSE_TAGBITS | SA_UNSUPPORTED; "
                   "sigaction(NULL, &old) must report SA_EXPOSE_TAGBITS set and SA_UNSUPPORTED "
                   "cleared (6ac05e832a9e \"signal: define the SA_EXPOSE_TAGBITS bit in "
                   "sa_flags\", 5.11; the flag is generic, whatever tag bits an architecture "
                   "has). SA_UNSUPPORTED reported back: the kernel predates the protocol, SKIP.");

static void handler(int sig) {}

PROBE_BODY
{
    struct sigaction act = { .sa_handler = handler,
                             .sa_flags = SA_EXPOSE_TAGBITS | SA_UNSUPPORTED }, old;
    sigemptyset(&act.sa_mask);
    SETUP(sigaction(SIGUSR1, &act, NULL));

    EXPECT_OK(sigaction(SIGUSR1, NULL, &old));
    if (old.sa_flags & SA_UNSUPPORTED)
        probe_skip_absent("sigaction reported SA_UNSUPPORTED back (sa_flags %#x)",
                          (unsigned)old.sa_flags);
    EXPECT_TRUE(old.sa_flags & SA_EXPOSE_TAGBITS, "expected SA_EXPOSE_TAGBITS kept; observed "
                "sa_flags %#x", (unsigned)old.sa_flags);
}
