#include "async.h"

PROBE(.claim     = "SIGIO goes to the process F_SETOWN names, not to the process whose write "
                   "made the descriptor ready",
      .reference = "fcntl(2) \"Managing signals\" (F_SETOWN: \"the process ID ... that will "
                   "receive SIGIO\")",
      .how       = "A child blocks SIGIO and waits for it (bounded); the probe, with SIGIO "
                   "blocked too, makes the child the owner of a pipe's read end with O_ASYNC and "
                   "writes one byte. The child must receive SIGIO (exit 0), and SIGIO must not be "
                   "pending in the probe.");

PROBE_BODY
{
    int p[2];
    sig_block(SIGIO);
    SETUP(pipe(p));
    pid_t owner = sig_spawn_receiver(SIGIO);
    async_own(p[0], owner, 0);

    SETUP(write(p[1], "x", 1));
    expect_child_exit(owner, 0, "the owner child waiting for SIGIO (1: it never came)");
    EXPECT_TRUE(!sig_is_pending(SIGIO), "expected no SIGIO pending in the writer; observed one");
}
