#include "splice.h"
#include "pipe.h"
#include <sys/uio.h>

PROBE(.claim     = "vmsplice() with SPLICE_F_NONBLOCK into a full pipe fails with EAGAIN",
      .reference = "vmsplice(2) \"ERRORS\" (EAGAIN: SPLICE_F_NONBLOCK was specified and the "
                   "operation would block)",
      .how       = "A pipe is filled to capacity; a child's vmsplice() of one byte with "
                   "SPLICE_F_NONBLOCK must fail with EAGAIN at once (exit 0; 2: another result).");

static int p[2];

static int nonblocking_vmsplice(void *arg)
{
    struct iovec iov = { "x", 1 };
    return vmsplice(p[1], &iov, 1, SPLICE_F_NONBLOCK) == -1 && errno == EAGAIN ? 0 : 2;
}

PROBE_BODY
{
    SETUP(pipe(p));
    pipe_fill(p[1]);
    expect_child_exit(probe_spawn(nonblocking_vmsplice, NULL), 0,
                      "the child vmsplicing into a full pipe (0: EAGAIN, 2: another result)");
}
