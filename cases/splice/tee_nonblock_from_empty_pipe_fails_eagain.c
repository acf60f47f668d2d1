#include "splice.h"

PROBE(.claim     = "tee() with SPLICE_F_NONBLOCK from an empty pipe whose writer is open fails "
                   "with EAGAIN",
      .reference = "tee(2) \"ERRORS\" (EAGAIN: SPLICE_F_NONBLOCK was specified and the operation "
                   "would block)",
      .how       = "A child tees from an empty pipe (writer open) into another pipe with "
                   "SPLICE_F_NONBLOCK; it must get -1/EAGAIN at once (exit 0; 2: another result).");

static int from[2], to[2];

static int nonblocking_tee(void *arg)
{
    return tee(from[0], to[1], 5, SPLICE_F_NONBLOCK) == -1 && errno == EAGAIN ? 0 : 2;
}

PROBE_BODY
{
    SETUP(pipe(from));
    SETUP(pipe(to));
    expect_child_exit(probe_spawn(nonblocking_tee, NULL), 0,
                      "the child teeing with SPLICE_F_NONBLOCK (0: EAGAIN, 2: another result)");
}
