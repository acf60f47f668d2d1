#include "eventfd.h"

PROBE(.claim     = "write() of fewer than 8 bytes to an eventfd fails with EINVAL",
      .reference = "eventfd(2) \"DESCRIPTION\" (write(2): \"A write(2) fails with the error "
                   "EINVAL if the size of the supplied buffer is less than 8 bytes\")",
      .how       = "write() 4 bytes (the value 1) to a fresh EFD_NONBLOCK eventfd: it must fail "
                   "with EINVAL and leave the counter 0 (a read fails with EAGAIN).");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    uint32_t small = 1;
    uint64_t v;
    EXPECT_ERRNO(write(fd, &small, sizeof small), EINVAL);
    EXPECT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}
