#include "splice.h"

PROBE(.claim     = "splice() with SPLICE_F_NONBLOCK from an empty pipe whose writer is open "
                   "fails with EAGAIN",
      .reference = "splice(2) \"ERRORS\" (EAGAIN: SPLICE_F_NONBLOCK was specified and the "
                   "operation would block)",
      .how       = "A child splices from an empty pipe (its write end open) into another pipe "
                   "with SPLICE_F_NONBLOCK; it must get -1/EAGAIN at once (exit 0; 2: another "
                   "result).");

static int from[2], to[2];

static int nonblocking_splice(void *arg)
{
    return splice(from[0], NULL, to[1], NULL, 5, SPLICE_F_NONBLOCK) == -1 && errno == EAGAIN ? 0 : 2;
}

PROBE_BODY
{
    SETUP(pipe(from));
    SETUP(pipe(to));
    expect_child_exit(probe_spawn(nonblocking_splice, NULL), 0,
                      "the child splicing with SPLICE_F_NONBLOCK (0: EAGAIN, 2: another result)");
}
