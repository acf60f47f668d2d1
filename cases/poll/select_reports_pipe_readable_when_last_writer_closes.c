#include "readiness.h"

PROBE(.claim     = "select() has no hangup set: the read end of an empty pipe whose last writer "
                   "closed is reported readable (a read() returns end of file at once)",
      .reference = "select(2) \"DESCRIPTION\" (readfds); pipe(7) \"I/O on pipes and FIFOs\"",
      .how       = "Close the only write end of an empty pipe; select() with timeout 0 must put "
                   "the read end in the read set (where poll() says POLLHUP), and read() then "
                   "returns 0.");

PROBE_BODY
{
    int fd[2];
    char c;
    SETUP(pipe(fd));
    EXPECT_EQ(select_now(fd[0]) & SELECT_READ, 0, "read end readable while the writer is open");
    SETUP(close(fd[1]));
    EXPECT_EQ(select_now(fd[0]) & SELECT_READ, SELECT_READ,
              "read end in select()'s read set after the last writer closed");
    EXPECT_EQ(read(fd[0], &c, 1), 0, "read() of the read end (end of file)");
}
