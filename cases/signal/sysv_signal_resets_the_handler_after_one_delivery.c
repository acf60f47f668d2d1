#include "signals.h"

PROBE(.claim     = "sysv_signal() has System V semantics: the disposition is reset to SIG_DFL when the handler runs",
      .reference = "sysv_signal(3) \"DESCRIPTION\"",
      .seed      = "SEED-39",
      .kind      = "confirms",
      .layer     = "libc",
      .how       = "A child installs a handler for SIGUSR1 with sysv_signal() and raises SIGUSR1: the "
                   "handler runs once and SIGUSR1's disposition is SIG_DFL again, so a second raise "
                   "kills the child. (glibc only; musl has no sysv_signal.)");

#ifdef __GLIBC__
static volatile sig_atomic_t count;
static void h(int sig) { count++; }
#endif

static int child_fn(void *arg)
{
#ifdef __GLIBC__
    struct sigaction now;
    if (sysv_signal(SIGUSR1, h) == SIG_ERR)
        return 2;
    raise(SIGUSR1);
    sigaction(SIGUSR1, NULL, &now);
    if (count != 1 || now.sa_handler != SIG_DFL)
        return 1;
    raise(SIGUSR1);
#endif
    return 0;
}

PROBE_BODY
{
#ifndef __GLIBC__
    probe_skip("sysv_signal() is a glibc extension; this libc has none");
#endif
    pid_t child = probe_spawn(child_fn, NULL);

    expect_child_killed_by(child, SIGUSR1, "the child raising SIGUSR1 a second time "
                           "(exit 1 = the handler stayed installed)");
}
