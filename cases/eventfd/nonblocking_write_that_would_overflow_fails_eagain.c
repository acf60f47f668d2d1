#include "eventfd.h"

PROBE(.claim     = "write() to an EFD_NONBLOCK eventfd that would take the counter past "
                   "0xfffffffffffffffe fails at once with EAGAIN",
      .reference = "eventfd(2) \"DESCRIPTION\" (write(2): \"If the addition would cause the "
                   "counter's value to exceed the maximum, then ... fails with the error EAGAIN "
                   "if the file descriptor has been made nonblocking\")",
      .how       = "Bring an EFD_NONBLOCK eventfd to 0xfffffffffffffffe; a child writing 1 must fail "
                   "with EAGAIN without falling asleep in write(), and the counter must still read "
                   "the maximum.");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    efd_add(fd, EVENTFD_MAX);
    expect_child_errno_at_once(efd_spawn_write(fd, 1), &EVENTFD_SYS_WRITE, EAGAIN,
                               "write(1) to an eventfd at its maximum");
    EXPECT_TRUE(efd_take(fd) == EVENTFD_MAX, "expected the counter still at its maximum");
}
