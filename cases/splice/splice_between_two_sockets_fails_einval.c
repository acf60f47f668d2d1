#include "splice.h"
#include "sock.h"

PROBE(.claim     = "splice() where neither descriptor is a pipe fails with EINVAL",
      .reference = "splice(2) \"ERRORS\" (EINVAL: neither of the file descriptors refers to a pipe)",
      .how       = "Bytes wait on one UNIX stream socketpair; splice() from it into another "
                   "socketpair must fail with EINVAL, and the bytes must still be there to read.");

PROBE_BODY
{
    int a[2], b[2];
    sock_pair(SOCK_STREAM, a);
    sock_pair(SOCK_STREAM, b);
    SETUP(send(a[0], "hello", 5, 0));

    EXPECT_ERRNO(splice(a[1], NULL, b[0], NULL, 5, 0), EINVAL);
    EXPECT_EQ(splice_queued(a[1]), 5, "bytes still waiting on the source socket");
}
