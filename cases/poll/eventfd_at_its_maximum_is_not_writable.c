#include <sys/eventfd.h>
#include "readiness.h"

PROBE(.claim     = "An eventfd whose counter is at its maximum, 0xfffffffffffffffe, is not "
                   "reported writable",
      .reference = "eventfd(2) \"poll(2), select(2) (and similar)\" (writable \"if it is possible to "
                   "write a value of at least \"1\" without blocking\")",
      .how       = "Write 0xfffffffffffffffe into a fresh eventfd; poll() for POLLIN|POLLOUT with "
                   "timeout 0 must then report POLLIN only.");

PROBE_BODY
{
    uint64_t max = 0xfffffffffffffffeULL;
    int efd = SETUP(eventfd(0, 0));
    SETUP(write(efd, &max, sizeof max));
    expect_revents(efd, POLLIN | POLLOUT, POLLIN, "an eventfd at its maximum");
}
