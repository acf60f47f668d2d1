#include "signals.h"

PROBE(.claim     = "sigprocmask SIG_BLOCK adds to the mask, SIG_UNBLOCK removes, SIG_SETMASK replaces it",
      .reference = "sigprocmask(2) \"DESCRIPTION\"",
      .how       = "From an empty mask: SIG_BLOCK {USR1} then SIG_BLOCK {USR2} gives {USR1, USR2}; "
                   "SIG_UNBLOCK {USR1} leaves {USR2}; SIG_SETMASK {TERM} leaves exactly {TERM}; the old "
                   "mask returned by each call is the one before it.");

static sigset_t of(int sig) { sigset_t s; sigemptyset(&s); if (sig) sigaddset(&s, sig); return s; }

static void expect_mask(int usr1, int usr2, int term)
{
    EXPECT_EQ(sig_is_blocked(SIGUSR1), usr1, "SIGUSR1 blocked (1) or not (0)");
    EXPECT_EQ(sig_is_blocked(SIGUSR2), usr2, "SIGUSR2 blocked (1) or not (0)");
    EXPECT_EQ(sig_is_blocked(SIGTERM), term, "SIGTERM blocked (1) or not (0)");
}

PROBE_BODY
{
    sigset_t s, old;
    s = of(SIGUSR1); EXPECT_OK(sigprocmask(SIG_BLOCK, &s, NULL));
    s = of(SIGUSR2); EXPECT_OK(sigprocmask(SIG_BLOCK, &s, &old));
    EXPECT_EQ(sigismember(&old, SIGUSR1) == 1 && sigismember(&old, SIGUSR2) == 0, 1,
              "old mask {USR1} returned by the second SIG_BLOCK");
    expect_mask(1, 1, 0);
    s = of(SIGUSR1); EXPECT_OK(sigprocmask(SIG_UNBLOCK, &s, NULL));
    expect_mask(0, 1, 0);
    s = of(SIGTERM); EXPECT_OK(sigprocmask(SIG_SETMASK, &s, NULL));
    expect_mask(0, 0, 1);
}
