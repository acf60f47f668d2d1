#include "splice.h"

PROBE(.claim     = "tee() copies a pipe's bytes into another pipe without consuming them",
      .reference = "tee(2) \"DESCRIPTION\" (\"does not consume the data that is duplicated\")",
      .how       = "tee() from a pipe holding \"hello\" into an empty pipe must return 5; both "
                   "pipes must then hold \"hello\".");

PROBE_BODY
{
    int from[2], to[2];
    splice_pipe_with(from, "hello");
    SETUP(pipe(to));

    EXPECT_EQ(EXPECT_OK(tee(from[0], to[1], 5, 0)), 5, "bytes duplicated");
    splice_expect_bytes(to[0], "hello", "the destination pipe");
    splice_expect_bytes(from[0], "hello", "the source pipe");
}
