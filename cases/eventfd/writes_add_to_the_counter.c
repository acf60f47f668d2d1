#include "eventfd.h"

PROBE(.claim     = "Each write() to an eventfd adds its 8-byte value to the counter",
      .reference = "eventfd(2) \"DESCRIPTION\" (write(2): \"adds the 8-byte integer value ... to "
                   "the counter\")",
      .how       = "Write 3 and then 4 to a fresh eventfd (initial value 0); one read() must "
                   "return 7.");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, 0));
    uint64_t three = 3, four = 4;
    EXPECT_EQ(EXPECT_OK(write(fd, &three, sizeof three)), 8, "bytes written (3)");
    EXPECT_EQ(EXPECT_OK(write(fd, &four, sizeof four)), 8, "bytes written (4)");
    EXPECT_EQ(efd_take(fd), 7, "the counter read after writing 3 and 4");
}
