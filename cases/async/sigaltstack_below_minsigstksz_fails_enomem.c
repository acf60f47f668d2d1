#include "async.h"
#include <signal.h>

PROBE(.claim     = "sigaltstack() with a stack smaller than MINSIGSTKSZ fails with ENOMEM",
      .reference = "sigaltstack(2) \"ERRORS\" (ENOMEM: \"the size of the new alternate stack "
                   "was less than MINSIGSTKSZ\")",
      .how       = "sigaltstack() of a 64-byte stack must fail with ENOMEM and leave the thread "
                   "without an alternate stack (SS_DISABLE).");

PROBE_BODY
{
    static char tiny[64];
    stack_t ss = { .ss_sp = tiny, .ss_size = sizeof tiny }, now;

    EXPECT_ERRNO(sigaltstack(&ss, NULL), ENOMEM);
    SETUP(sigaltstack(NULL, &now));
    EXPECT_EQ(now.ss_flags & SS_DISABLE, SS_DISABLE, "SS_DISABLE after the refused call");
}
