#include "eventfd.h"

PROBE(.claim     = "read() of an EFD_NONBLOCK eventfd whose counter is zero fails at once with "
                   "EAGAIN",
      .reference = "eventfd(2) \"DESCRIPTION\" (read(2): \"or fails with the error EAGAIN if the "
                   "file descriptor has been made nonblocking\")",
      .how       = "A child reads a fresh EFD_NONBLOCK eventfd: it must fail with EAGAIN, and the "
                   "oracle must not see it asleep in read().");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    expect_child_errno_at_once(efd_spawn_read(fd), &EVENTFD_SYS_READ, EAGAIN,
                               "read() of a zero EFD_NONBLOCK eventfd");
}
