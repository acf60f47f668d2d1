#include "pipe.h"
#include "signals.h"
#include <fcntl.h>

PROBE(.claim     = "An open() of a FIFO blocked waiting for a writer fails with EINTR when a signal "
                   "handler installed without SA_RESTART runs",
      .reference = "signal(7) \"Interruption of system calls and library functions by signal handlers\"; "
                   "open(2) \"ERRORS\" (EINTR)",
      .how       = "A child with a SIGUSR1 handler (no SA_RESTART) opens the FIFO O_RDONLY; once the "
                   "oracle sees it asleep in open(), SIGUSR1 is sent and open must return -1/EINTR.");

static const char *path;

static int opener(void *arg)
{
    sig_catch(SIGUSR1, 0);
    return open(path, O_RDONLY) == -1 && errno == EINTR && sig_count[SIGUSR1] == 1 ? 0 : 1;
}

PROBE_BODY
{
    path = fifo_make("fifo", 0600);
    pid_t child = probe_spawn(opener, NULL);
    expect_blocked(child, SYS_OPEN_OF_LIBC, PROBE_BOUND_MS, "open(O_RDONLY) of a writerless FIFO");
    SETUP(kill(child, SIGUSR1));
    expect_child_exit(child, 0, "the interrupted open (0 = EINTR after the handler)");
}
