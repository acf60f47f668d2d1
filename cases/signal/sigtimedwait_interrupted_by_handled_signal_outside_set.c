#include "signals.h"

PROBE(.claim     = "sigtimedwait() fails with EINTR when a handled signal outside its set interrupts the wait",
      .reference = "sigtimedwait(2) \"ERRORS\"",
      .how       = "A child blocks SIGUSR1, catches SIGUSR2 and waits in sigtimedwait() for SIGUSR1 "
                   "(bounded); once the oracle sees it in rt_sigtimedwait, SIGUSR2 must end the wait "
                   "with -1/EINTR after the handler ran. glibc passes the kernel's EINTR on; musl "
                   "retries the wait instead (POSIX allows both), so the probe SKIPs there.",
      .layer     = "libc");

static int waiter(void *arg)
{
    sig_block(SIGUSR1);
    sig_catch(SIGUSR2, 0);
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    struct timespec bound = { probe_ms(PROBE_BOUND_MS) / 1000 + 1, 0 };
    int r = sigtimedwait(&set, NULL, &bound);
    return r == -1 && errno == EINTR && sig_count[SIGUSR2] == 1 ? 0 : r == -1 && errno == EAGAIN ? 2 : 1;
}

PROBE_BODY
{
#ifndef __GLIBC__
    probe_skip("this C library may retry sigtimedwait() after EINTR (musl does; POSIX allows "
               "it), so EINTR is not promised here");
#endif
    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, SYS_rt_sigtimedwait, PROBE_BOUND_MS, "sigtimedwait()");

    SETUP(kill(child, SIGUSR2));
    expect_child_exit(child, 0, "the waiter after SIGUSR2 (2 = it waited out its timeout)");
}
