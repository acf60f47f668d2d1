#include "eventfd.h"

PROBE(.claim     = "write() to a blocking eventfd that would take the counter past its maximum "
                   "sleeps until a read() makes room, then adds its value",
      .reference = "eventfd(2) \"DESCRIPTION\" (write(2): \"If the addition would cause the "
                   "counter's value to exceed the maximum, then the write(2) either blocks until "
                   "a read(2) is performed\")",
      .how       = "Bring a blocking eventfd to 0xfffffffffffffffe; a child writing 3 must be seen "
                   "asleep in write(). The probe reads (the counter drops to 0), the child must "
                   "exit 0, and the counter must then read 3.");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, 0));
    efd_add(fd, EVENTFD_MAX);
    pid_t child = efd_spawn_write(fd, 3);
    expect_blocked(child, SYS_write, PROBE_BOUND_MS, "write(3) to an eventfd at its maximum");
    EXPECT_TRUE(efd_take(fd) == EVENTFD_MAX, "expected the first read to return the maximum");
    expect_child_errno(child, 0, PROBE_BOUND_MS, "the blocked write, once the counter was read");
    EXPECT_EQ(efd_take(fd), 3, "the counter after the blocked write completed");
}
