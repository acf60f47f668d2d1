#include "splice.h"
#include "sock.h"

PROBE(.claim     = "splice() from a pipe into a socket moves the bytes: the socket's peer reads "
                   "them and the pipe is left empty",
      .reference = "splice(2) \"DESCRIPTION\"",
      .how       = "A pipe holding \"hello\" is spliced into one end of a UNIX stream socketpair; "
                   "splice() must return 5, the other end must read \"hello\", and FIONREAD on "
                   "the pipe must then say 0 bytes.");

PROBE_BODY
{
    int p[2], sv[2];
    splice_pipe_with(p, "hello");
    sock_pair(SOCK_STREAM, sv);

    EXPECT_EQ(EXPECT_OK(splice(p[0], NULL, sv[0], NULL, 5, 0)), 5, "bytes spliced");
    splice_expect_bytes(sv[1], "hello", "the socket's peer");
    EXPECT_EQ(splice_queued(p[0]), 0, "bytes left in the source pipe");
}
