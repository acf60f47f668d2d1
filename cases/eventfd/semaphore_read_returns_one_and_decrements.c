#include "eventfd.h"

PROBE(.claim     = "With EFD_SEMAPHORE each read() returns 1 and decrements the counter by one",
      .reference = "eventfd(2) \"DESCRIPTION\" (EFD_SEMAPHORE: \"read(2) returns 8 bytes "
                   "containing the value 1, and the counter's value is decremented by 1\")",
      .since     = "2.6.30",
      .how       = "Create an eventfd with initval 3 and EFD_SEMAPHORE|EFD_NONBLOCK: three reads "
                   "must each return 1, and a fourth must fail with EAGAIN.");

PROBE_BODY
{
    int fd = EXPECT_OK(SINCE(eventfd(3, EFD_SEMAPHORE | EFD_NONBLOCK), EINVAL));
    uint64_t v;
    for (int i = 0; i < 3; i++) {
        v = 0;
        EXPECT_EQ(EXPECT_OK(read(fd, &v, sizeof v)), 8, "bytes read");
        EXPECT_EQ(v, 1, "the value a semaphore-mode read returns");
    }
    EXPECT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}
