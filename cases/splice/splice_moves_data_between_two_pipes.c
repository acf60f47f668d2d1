#include "splice.h"

PROBE(.claim     = "splice() from one pipe into another moves the bytes out of the first",
      .reference = "splice(2) \"DESCRIPTION\"",
      .how       = "A pipe holding \"hello\" is spliced into an empty pipe; splice() must return "
                   "5, the second pipe must hold \"hello\" and the first must then be empty "
                   "(FIONREAD 0).");

PROBE_BODY
{
    int from[2], to[2];
    splice_pipe_with(from, "hello");
    SETUP(pipe(to));

    EXPECT_EQ(EXPECT_OK(splice(from[0], NULL, to[1], NULL, 5, 0)), 5, "bytes spliced");
    splice_expect_bytes(to[0], "hello", "the destination pipe");
    EXPECT_EQ(splice_queued(from[0]), 0, "bytes left in the source pipe");
}
