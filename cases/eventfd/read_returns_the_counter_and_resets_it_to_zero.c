#include "eventfd.h"

PROBE(.claim     = "read() of an eventfd (without EFD_SEMAPHORE) returns the whole counter and "
                   "resets it to zero",
      .reference = "eventfd(2) \"DESCRIPTION\" (read(2): \"the counter's value is reset to zero\")",
      .how       = "Write 5 to an EFD_NONBLOCK eventfd; read() must return the 8-byte value 5, and "
                   "a second read() must fail with EAGAIN: nothing is left.");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    efd_add(fd, 5);
    uint64_t v = 0;
    EXPECT_EQ(EXPECT_OK(read(fd, &v, sizeof v)), 8, "bytes read");
    EXPECT_EQ(v, 5, "the value read");
    EXPECT_ERRNO(read(fd, &v, sizeof v), EAGAIN);
}
