#include "eventfd.h"

PROBE(.claim     = "An eventfd inherited across fork() is the same counter: a child's write() is "
                   "read by the parent",
      .reference = "eventfd(2) \"DESCRIPTION\" (\"The duplicate file descriptor is associated with the "
                   "same eventfd object\"); fork(2)",
      .how       = "Create an EFD_NONBLOCK eventfd and fork; the child writes 5 and exits 0. The "
                   "parent's read() must then return 5.");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    expect_child_errno(efd_spawn_write(fd, 5), 0, PROBE_BOUND_MS, "the child's write(5)");
    uint64_t v = 0;
    EXPECT_EQ(EXPECT_OK(read(fd, &v, sizeof v)), 8, "bytes the parent read");
    EXPECT_EQ(v, 5, "the value the parent read");
}
