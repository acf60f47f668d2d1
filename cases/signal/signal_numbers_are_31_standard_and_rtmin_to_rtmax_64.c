#include "signals.h"

PROBE(.claim     = "Linux has 31 standard signals (1..31) and real-time signals SIGRTMIN..SIGRTMAX, SIGRTMAX being 64",
      .reference = "signal(7) \"Real-time signals\"",
      .seed      = "SEED-25",
      .kind      = "confirms",
      .layer     = "libc",
      .how       = "sigaction() may query every signal 1..31 and SIGRTMIN..SIGRTMAX, and refuses "
                   "SIGRTMAX+1 (EINVAL); SIGRTMAX must be 64 (127 on MIPS), and SIGRTMIN must leave at "
                   "least the 8 real-time signals POSIX requires (glibc reserves 32 and 33, so 34).");

PROBE_BODY
{
    struct sigaction old;
#if defined(__mips__)
    const int rtmax = 127;
#else
    const int rtmax = 64;
#endif
    EXPECT_EQ(SIGRTMAX, rtmax, "SIGRTMAX");
    EXPECT_TRUE(SIGRTMIN >= 32 && SIGRTMAX - SIGRTMIN + 1 >= 8,
                "expected SIGRTMIN in 32..%d (at least 8 real-time signals); observed %d", rtmax - 7, SIGRTMIN);
    for (int sig = 1; sig <= 31; sig++)
        EXPECT_TRUE(sigaction(sig, NULL, &old) == 0, "expected signal %d to be a standard signal; "
                    "observed sigaction() refusing it with %s", sig, errno_name(errno));
    for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
        EXPECT_TRUE(sigaction(sig, NULL, &old) == 0, "expected %s to exist; observed sigaction() "
                    "refusing it with %s", signal_name(sig), errno_name(errno));
    EXPECT_ERRNO(sigaction(SIGRTMAX + 1, NULL, &old), EINVAL);
}
