#include "splice.h"

PROBE(.claim     = "splice() moves at most len bytes; the rest stays in the source pipe",
      .reference = "splice(2) \"DESCRIPTION\" (\"transfers up to len bytes\")",
      .how       = "A pipe holding 10 bytes is spliced into another with len 4: splice() must "
                   "return 4, the destination must hold the first 4 bytes and the source the "
                   "other 6.");

PROBE_BODY
{
    int from[2], to[2];
    splice_pipe_with(from, "0123456789");
    SETUP(pipe(to));

    EXPECT_EQ(EXPECT_OK(splice(from[0], NULL, to[1], NULL, 4, 0)), 4, "bytes spliced");
    splice_expect_bytes(to[0], "0123", "the destination pipe");
    splice_expect_bytes(from[0], "456789", "the source pipe");
}
