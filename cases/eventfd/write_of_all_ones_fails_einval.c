#include "eventfd.h"

PROBE(.claim     = "write() of the value 0xffffffffffffffff to an eventfd fails with EINVAL",
      .reference = "eventfd(2) \"DESCRIPTION\" (write(2): \"A write(2) fails with the error "
                   "EINVAL ... if an attempt is made to write the value 0xffffffffffffffff\")",
      .how       = "Write the 8-byte value 0xffffffffffffffff to a fresh EFD_NONBLOCK eventfd: it "
                   "must fail with EINVAL, and the counter must stay 0 (a read fails with EAGAIN).");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    uint64_t all = UINT64_MAX, v;
    EXPECT_ERRNO(write(fd, &all, sizeof all), EINVAL);
    EXPECT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}
