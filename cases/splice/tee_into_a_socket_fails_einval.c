#include "splice.h"
#include "sock.h"

PROBE(.claim     = "tee() into a descriptor that is not a pipe fails with EINVAL",
      .reference = "tee(2) \"ERRORS\" (EINVAL: fd_in or fd_out does not refer to a pipe)",
      .how       = "tee() from a pipe holding \"hello\" into a UNIX stream socket must fail with "
                   "EINVAL; nothing may reach the socket's peer (FIONREAD 0) and the pipe must "
                   "still hold 5 bytes.");

PROBE_BODY
{
    int p[2], sv[2];
    splice_pipe_with(p, "hello");
    sock_pair(SOCK_STREAM, sv);

    EXPECT_ERRNO(tee(p[0], sv[0], 5, 0), EINVAL);
    EXPECT_EQ(splice_queued(sv[1]), 0, "bytes that reached the socket's peer");
    EXPECT_EQ(splice_queued(p[0]), 5, "bytes still in the pipe");
}
