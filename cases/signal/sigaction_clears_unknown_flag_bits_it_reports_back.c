#include "signals.h"

PROBE(.claim     = "sigaction() clears the flag bits it does not support from the sa_flags it "
                   "reports back, and keeps the ones it does",
      .reference = "sigaction(2) \"Dynamically probing for flag bit support\"",
      .since     = "5.11",
      .how       = "A handler is installed with SA_RESTART, SA_UNSUPPORTED (0x400, never "
                   "supported) and 0x1000 (undefined); sigaction(NULL, &old) must report "
                   "SA_RESTART but neither other bit (23acdc76f179 \"signal: clear non-uapi "
                   "flag bits when passing/returning sa_flags\", a54f0dfda754 \"signal: define "
                   "the SA_UNSUPPORTED bit in sa_flags\", 5.11). A kernel that reports "
                   "SA_UNSUPPORTED back predates the protocol: SKIP.");

#define SA_UNDEFINED_BIT 0x00001000

static void handler(int sig) {}

PROBE_BODY
{
    struct sigaction act = { .sa_handler = handler,
                             .sa_flags = SA_RESTART | SA_UNSUPPORTED | SA_UNDEFINED_BIT }, old;
    sigemptyset(&act.sa_mask);
    SETUP(sigaction(SIGUSR1, &act, NULL));

    EXPECT_OK(sigaction(SIGUSR1, NULL, &old));
    if (old.sa_flags & SA_UNSUPPORTED)
        probe_skip_absent("sigaction reported SA_UNSUPPORTED back (sa_flags %#x)",
                          (unsigned)old.sa_flags);
    EXPECT_TRUE((old.sa_flags & SA_RESTART) && !(old.sa_flags & SA_UNDEFINED_BIT),
                "expected SA_RESTART kept and bit 0x1000 cleared; observed sa_flags %#x",
                (unsigned)old.sa_flags);
}
