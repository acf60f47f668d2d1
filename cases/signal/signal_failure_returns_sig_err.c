#include "signals.h"

PROBE(.claim     = "signal() reports failure by returning SIG_ERR (a handler value, not the int -1) with errno EINVAL",
      .reference = "signal(2) \"RETURN VALUE\"",
      .seed      = "SEED-33",
      .kind      = "corrects",
      .how       = "signal(SIGKILL, h), signal(0, h) and signal(SIGRTMAX+1, h) must each return SIG_ERR "
                   "with errno EINVAL; SIG_ERR is a sighandler_t, so the tutorial's comparison with -1 "
                   "works only by accident of the representation.");

static void h(int sig) { }

static void expect_sig_err(int sig)
{
    errno = 0;
    sighandler_t r = signal(sig, h);
    int err = errno;
    EXPECT_TRUE(r == SIG_ERR, "signal(%d, h): expected SIG_ERR; observed another disposition", sig);
    EXPECT_TRUE(err == EINVAL, "signal(%d, h): expected errno EINVAL; observed %s", sig,
                errno_name(err));
}

PROBE_BODY
{
    expect_sig_err(SIGKILL);
    expect_sig_err(0);
    expect_sig_err(SIGRTMAX + 1);
}
