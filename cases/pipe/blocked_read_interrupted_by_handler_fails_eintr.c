#include "pipe.h"
#include "signals.h"

PROBE(.claim     = "A read() blocked on an empty pipe fails with EINTR when a signal handler "
                   "installed without SA_RESTART runs",
      .reference = "signal(7) \"Interruption of system calls and library functions by signal handlers\"",
      .how       = "A child installs a SIGUSR1 handler without SA_RESTART and reads the empty pipe; "
                   "once the oracle sees it asleep in read(), SIGUSR1 is sent and the read must "
                   "return -1/EINTR after the handler ran (child exit 0).");

static int fd[2];

static int reader(void *arg)
{
    char c;
    sig_catch(SIGUSR1, 0);
    return read(fd[0], &c, 1) == -1 && errno == EINTR && sig_count[SIGUSR1] == 1 ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(fd));
    pid_t child = probe_spawn(reader, NULL);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty pipe");
    SETUP(kill(child, SIGUSR1));
    expect_child_exit(child, 0, "the interrupted reader (0 = EINTR after the handler)");
}
