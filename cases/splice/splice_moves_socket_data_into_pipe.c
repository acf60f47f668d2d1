#include "splice.h"
#include "sock.h"

PROBE(.claim     = "splice() from a socket into a pipe moves the bytes: the pipe holds them and "
                   "the socket has nothing left to read",
      .reference = "splice(2) \"DESCRIPTION\"",
      .how       = "\"hello\" is sent into a UNIX stream socketpair and spliced from the other "
                   "end into an empty pipe; splice() must return 5, the pipe must hold \"hello\" "
                   "and FIONREAD on the socket must say 0 bytes.");

PROBE_BODY
{
    int p[2], sv[2];
    SETUP(pipe(p));
    sock_pair(SOCK_STREAM, sv);
    SETUP(send(sv[0], "hello", 5, 0));

    EXPECT_EQ(EXPECT_OK(splice(sv[1], NULL, p[1], NULL, 5, 0)), 5, "bytes spliced");
    splice_expect_bytes(p[0], "hello", "the pipe");
    EXPECT_EQ(splice_queued(sv[1]), 0, "bytes left on the source socket");
}
