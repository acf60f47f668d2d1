#include "eventfd.h"

PROBE(.claim     = "read() of an eventfd into a buffer shorter than 8 bytes fails with EINVAL",
      .reference = "eventfd(2) \"DESCRIPTION\" (read(2): \"fails with the error EINVAL if the size "
                   "of the supplied buffer is less than 8 bytes\")",
      .how       = "Write 1 to an eventfd and read() it with a 4-byte buffer: it must fail with "
                   "EINVAL, and the counter keep its value (an 8-byte read returns 1).");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    efd_add(fd, 1);
    uint32_t small;
    EXPECT_ERRNO(read(fd, &small, sizeof small), EINVAL);
    EXPECT_EQ(efd_take(fd), 1, "the counter after the refused read");
}
