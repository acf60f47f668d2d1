#include "async.h"

PROBE(.claim     = "Without O_ASYNC a descriptor sends no SIGIO, even with an owner set",
      .reference = "fcntl(2) \"Managing signals\" (the signal is sent only when O_ASYNC is "
                   "enabled: \"F_SETFL ... O_ASYNC\")",
      .how       = "SIGIO is blocked; the read end of an empty pipe gets F_SETOWN(getpid()) but "
                   "not O_ASYNC. The kernel raises SIGIO inside write() itself, so right after "
                   "one byte is written SIGIO must not be pending (the same write with O_ASYNC "
                   "leaves it pending: async/sigio_arrives_when_data_is_written_to_a_pipe).");

PROBE_BODY
{
    int p[2];
    sig_block(SIGIO);
    SETUP(pipe(p));
    SETUP(fcntl(p[0], F_SETOWN, getpid()));

    SETUP(write(p[1], "x", 1));
    EXPECT_TRUE(!sig_is_pending(SIGIO), "expected no SIGIO pending after the write; observed SIGIO pending");
}
