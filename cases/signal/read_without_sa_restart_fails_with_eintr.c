#include "signals.h"

PROBE(.claim     = "Without SA_RESTART a read() blocked on a pipe fails with EINTR once a handler has run",
      .reference = "signal(7) \"Interruption of system calls and library functions by signal handlers\"",
      .how       = "A child catches SIGUSR1 with sigaction flags 0 and reads an empty pipe; once the "
                   "oracle sees it in read(), SIGUSR1 is sent: read() must return -1/EINTR (the child "
                   "exits 0) instead of waiting on.");

static int data[2];

static int reader(void *arg)
{
    char c;
    sig_catch(SIGUSR1, 0);
    ssize_t n = read(data[0], &c, 1);
    return n == -1 && errno == EINTR && sig_count[SIGUSR1] == 1 ? 0 : 1;
}

PROBE_BODY
{
    SETUP(pipe(data));
    pid_t child = probe_spawn(reader, NULL);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty pipe");

    SETUP(kill(child, SIGUSR1));
    expect_child_exit(child, 0, "the reader after SIGUSR1 (still running = read() was restarted)");
}
