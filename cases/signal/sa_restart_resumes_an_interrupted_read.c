#include "signals.h"

PROBE(.claim     = "With SA_RESTART a read() blocked on a pipe is resumed after the handler, not failed with EINTR",
      .reference = "signal(7) \"Interruption of system calls and library functions by signal handlers\"",
      .how       = "A child catches SIGUSR1 with SA_RESTART and reads an empty pipe; the oracle sees it "
                   "in read(), SIGUSR1 is sent, the handler reports that it ran, and the oracle must see "
                   "the child back in read(); one byte then ends the read with that byte.");

static int data[2];
static struct sig_gate ran;

static int reader(void *arg)
{
    char c;
    sig_notify_fd = ran.fd[1];
    sig_catch(SIGUSR1, SA_RESTART);
    ssize_t n = read(data[0], &c, 1);
    return n == 1 ? 0 : errno == EINTR ? 3 : 4;
}

PROBE_BODY
{
    SETUP(pipe(data));
    sig_gate_open(&ran);
    pid_t child = probe_spawn(reader, NULL);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() on the empty pipe");

    SETUP(kill(child, SIGUSR1));
    if (sig_gate_wait(&ran, PROBE_BOUND_MS) != 0)
        probe_error("the child's SIGUSR1 handler did not run");
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "the restarted read() after the handler");
    SETUP(write(data[1], "x", 1));
    expect_child_exit(child, 0, "the reader (3 = read failed with EINTR)");
}
