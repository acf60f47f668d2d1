#include "splice.h"

PROBE(.claim     = "splice() given an offset for its pipe end fails with ESPIPE",
      .reference = "splice(2) \"ERRORS\" (ESPIPE: off_in or off_out is not NULL, but the "
                   "corresponding file descriptor refers to a pipe)",
      .how       = "splice() from a pipe holding \"hello\" into another pipe with a non-NULL "
                   "off_in must fail with ESPIPE and move nothing (the source still holds 5 "
                   "bytes).");

PROBE_BODY
{
    int from[2], to[2];
    loff_t off = 0;
    splice_pipe_with(from, "hello");
    SETUP(pipe(to));

    EXPECT_ERRNO(splice(from[0], &off, to[1], NULL, 5, 0), ESPIPE);
    EXPECT_EQ(splice_queued(from[0]), 5, "bytes still in the source pipe");
}
