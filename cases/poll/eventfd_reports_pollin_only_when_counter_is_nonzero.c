#include <sys/eventfd.h>
#include "readiness.h"

PROBE(.claim     = "An eventfd is readable (POLLIN) exactly while its counter is greater than "
                   "zero",
      .reference = "eventfd(2) \"poll(2), select(2) (and similar)\"",
      .how       = "A fresh eventfd (counter 0) reports only POLLOUT; after write(1) it reports "
                   "POLLIN|POLLOUT, and after read() took the counter back to 0 only POLLOUT.");

PROBE_BODY
{
    uint64_t one = 1, got;
    int efd = SETUP(eventfd(0, 0));
    expect_revents(efd, POLLIN | POLLOUT, POLLOUT, "an eventfd at 0");
    SETUP(write(efd, &one, sizeof one));
    expect_revents(efd, POLLIN | POLLOUT, POLLIN | POLLOUT, "an eventfd at 1");
    SETUP(read(efd, &got, sizeof got));
    expect_revents(efd, POLLIN | POLLOUT, POLLOUT, "an eventfd read back to 0");
}
