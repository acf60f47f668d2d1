#include "pidfd.h"

PROBE(.claim     = "fcntl(a, F_DUPFD_QUERY, b) returns 1 when b is a duplicate of a (same open "
                   "file) and 0 when b is another open of the same object",
      .reference = "fcntl(2) \"F_DUPFD_QUERY\"",
      .since     = "6.10",
      .how       = "For a pipe's read end a, dup(a) must answer 1 and the write end 0; "
                   "F_DUPFD_QUERY (c62b758bae6a \"fcntl: add F_DUPFD_QUERY fcntl()\", 6.10) is "
                   "an unknown command before, EINVAL: SKIP.");

PROBE_BODY
{
    int p[2];
    SETUP(pipe(p));
    int copy = SETUP(dup(p[0]));

    EXPECT_EQ(SINCE(fcntl(p[0], F_DUPFD_QUERY, copy), EINVAL), 1,
              "F_DUPFD_QUERY of a descriptor and its dup()");
    EXPECT_EQ(fcntl(p[0], F_DUPFD_QUERY, p[1]), 0,
              "F_DUPFD_QUERY of the two ends of one pipe (two open files)");
}
