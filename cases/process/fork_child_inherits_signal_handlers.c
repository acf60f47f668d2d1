#include "probe.h"
#include <signal.h>

PROBE(.claim     = "A child created by fork() inherits the parent's signal dispositions: a "
                   "caught signal stays caught by the same handler, an ignored one stays ignored",
      .reference = "fork(2) \"DESCRIPTION\"; signal(7) \"Signal dispositions\"",
      .how       = "The parent catches SIGUSR1 (handler counts) and ignores SIGUSR2; the child "
                   "raises both and exits with the count: 1 means the handler ran and SIGUSR2 was "
                   "ignored (default actions would kill it).");

static volatile sig_atomic_t caught;
static void on_usr1(int sig) { caught++; }

static int child(void *arg)
{
    raise(SIGUSR1);
    raise(SIGUSR2);
    return caught;
}

PROBE_BODY
{
    SETUP(sigaction(SIGUSR1, &(struct sigaction){ .sa_handler = on_usr1 }, NULL));
    SETUP(sigaction(SIGUSR2, &(struct sigaction){ .sa_handler = SIG_IGN }, NULL));
    pid_t pid = probe_spawn(child, NULL);
    expect_child_exit(pid, 1, "the child raising SIGUSR1 (caught) and SIGUSR2 (ignored)");
}
