#include "signals.h"

PROBE(.claim     = "With SA_NOCLDWAIT on SIGCHLD, exited children do not become zombies and wait fails with ECHILD",
      .reference = "sigaction(2) \"SA_NOCLDWAIT\"",
      .how       = "The test process sets SIGCHLD to SIG_DFL with SA_NOCLDWAIT and forks a child that "
                   "exits: waitpid(child) must block until it is gone and then fail with ECHILD, "
                   "as nothing is left to reap.");

static int quit(void *arg) { return 0; }

PROBE_BODY
{
    struct sigaction sa = { .sa_handler = SIG_DFL, .sa_flags = SA_NOCLDWAIT };
    sigemptyset(&sa.sa_mask);
    SETUP(sigaction(SIGCHLD, &sa, NULL));
    pid_t child = probe_spawn(quit, NULL);

    int status;
    EXPECT_ERRNO(waitpid(child, &status, 0), ECHILD);
}
