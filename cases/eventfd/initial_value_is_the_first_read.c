#include "eventfd.h"

PROBE(.claim     = "The initval given to eventfd() is the counter's starting value: the first "
                   "read() returns it",
      .reference = "eventfd(2) \"DESCRIPTION\" (\"This counter is initialized with the value "
                   "specified in the argument initval\")",
      .how       = "Create an EFD_NONBLOCK eventfd with initval 42: read() must return 42 at once.");

PROBE_BODY
{
    int fd = SETUP(eventfd(42, EFD_NONBLOCK));
    uint64_t v = 0;
    EXPECT_EQ(EXPECT_OK(read(fd, &v, sizeof v)), 8, "bytes read");
    EXPECT_EQ(v, 42, "the first value read");
}
