#include "async.h"

PROBE(.claim     = "F_GETOWN returns the process F_SETOWN made the owner of a descriptor",
      .reference = "fcntl(2) \"Managing signals\" (F_GETOWN: \"Return (as the function result) "
                   "the process ID or process group ID\")",
      .how       = "F_SETOWN on a pipe's read end names the probe's parent process; F_GETOWN must "
                   "then return that pid.");

PROBE_BODY
{
    int p[2];
    SETUP(pipe(p));
    EXPECT_OK(fcntl(p[0], F_SETOWN, getppid()));

    EXPECT_EQ(fcntl(p[0], F_GETOWN), getppid(), "F_GETOWN (the parent's pid)");
}
