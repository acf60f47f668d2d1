#include "pipe.h"
#include <poll.h>

PROBE(.claim     = "A read() blocked on an empty pipe is restarted after a handler installed with "
                   "SA_RESTART runs: it keeps waiting and then returns the data",
      .reference = "signal(7) \"Interruption of system calls and library functions by signal handlers\"",
      .how       = "A child whose SIGUSR1 handler (SA_RESTART) reports through a second pipe reads "
                   "the empty pipe. After the signal, the parent waits for that report, sees the "
                   "child asleep in read() again, and writes one byte, which the read must return "
                   "(child exit 0; exit 1 = the read failed, e.g. EINTR).");

static int fd[2], note[2];

static void handler(int sig)
{
    write(note[1], "s", 1);
}

static int reader(void *arg)
{
    struct sigaction sa = { .sa_handler = handler, .sa_flags = SA_RESTART };
    char c;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGUSR1, &sa, NULL) != 0)
        return 2;
    return read(fd[0], &c, 1) == 1 && c == 'x' ? 0 : 1;
}

PROBE_BODY
{
    char c;
    SETUP(pipe(fd));
    SETUP(pipe(note));
    pid_t child = probe_spawn(reader, NULL);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty pipe");
    SETUP(kill(child, SIGUSR1));
    if (poll(&(struct pollfd){ .fd = note[0], .events = POLLIN }, 1, probe_ms(PROBE_BOUND_MS)) != 1)
        probe_error("the child's handler did not run within the bound");
    SETUP(read(note[0], &c, 1));
    char seen[128];
    if (probe_wait_blocked(child, child, SYS_read, PROBE_BOUND_MS, seen, sizeof seen) != 0) {
        int status = probe_reap(child, PROBE_BOUND_MS);
        probe_fail("expected the read to resume after the SA_RESTART handler; observed %s "
                   "(child %s)", seen, describe_status(status));
    }
    SETUP(write(fd[1], "x", 1));
    expect_child_exit(child, 0, "the reader after the restarted read got its byte");
}
