#include "splice.h"

PROBE(.claim     = "splice() from an empty pipe whose writer is open blocks until data arrives",
      .reference = "splice(2) \"DESCRIPTION\"; pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "A child splices from an empty pipe into another; the oracle must see it "
                   "asleep in splice(). One byte written then wakes it, and it exits 0 having "
                   "moved that byte.");

static int from[2], to[2];

static int blocking_splice(void *arg)
{
    return splice(from[0], NULL, to[1], NULL, 5, 0) == 1 ? 0 : 2;
}

PROBE_BODY
{
    SETUP(pipe(from));
    SETUP(pipe(to));
    pid_t child = probe_spawn(blocking_splice, NULL);

    expect_blocked(child, SYS_splice, PROBE_BOUND_MS, "splice() from the empty pipe");
    SETUP(write(from[1], "x", 1));
    expect_child_exit(child, 0, "the splicing child, after one byte was written (2: not 1 byte)");
}
