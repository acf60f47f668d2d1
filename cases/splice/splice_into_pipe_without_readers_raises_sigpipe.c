#include "splice.h"
#include <signal.h>

PROBE(.claim     = "splice() into a pipe whose read end is closed raises SIGPIPE",
      .reference = "pipe(7) \"I/O on pipes and FIFOs\" (SIGPIPE); splice(2) \"DESCRIPTION\"",
      .how       = "A child with SIGPIPE at its default action splices from a pipe holding data "
                   "into a pipe whose read end it has closed; it must be killed by SIGPIPE.");

static int from[2], to[2];

static int splice_to_nobody(void *arg)
{
    signal(SIGPIPE, SIG_DFL);
    splice(from[0], NULL, to[1], NULL, 5, 0);
    return 2;
}

PROBE_BODY
{
    splice_pipe_with(from, "hello");
    SETUP(pipe(to));
    SETUP(close(to[0]));
    expect_child_killed_by(probe_spawn(splice_to_nobody, NULL), SIGPIPE,
                           "the child splicing into a pipe without readers");
}
