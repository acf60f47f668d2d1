#include "pipe.h"
#include "readiness.h"

PROBE(.claim     = "select() puts the write end of a full pipe in the write set once its last "
                   "reader is gone: a write no longer blocks, it fails with EPIPE",
      .reference = "select(2) \"DESCRIPTION\" (writefds: \"ready for writing if a write operation "
                   "will not block\"); pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "Fill a pipe: select() with timeout 0 leaves the write end out of the write set. "
                   "Close the read end: select() must now report the write end writable (poll() "
                   "reports POLLERR there).");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    pipe_fill(fd[1]);
    EXPECT_EQ(select_now(fd[1]) & SELECT_WRITE, 0, "write end of a full pipe in the write set");
    SETUP(close(fd[0]));
    EXPECT_EQ(select_now(fd[1]) & SELECT_WRITE, SELECT_WRITE,
              "write end in the write set after the last reader closed");
}
