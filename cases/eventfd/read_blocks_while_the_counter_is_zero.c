#include "eventfd.h"

PROBE(.claim     = "read() of an eventfd whose counter is zero sleeps until a write() makes it "
                   "nonzero, then returns the value written",
      .reference = "eventfd(2) \"DESCRIPTION\" (read(2): \"If the eventfd counter is zero ... "
                   "blocks until the counter becomes nonzero\")",
      .how       = "A child reads a fresh (zero) blocking eventfd; the oracle must see it asleep in "
                   "read(). The probe writes 2 and the child must exit having read 2.");

PROBE_BODY
{
    int fd = SETUP(eventfd(0, 0));
    pid_t child = efd_spawn_read(fd);
    expect_blocked(child, SYS_read, PROBE_BOUND_MS, "read() of a zero eventfd");
    efd_add(fd, 2);
    expect_child_exit(child, EFD_VALUE_EXIT(2), "the reader, after 2 was written (200 + the "
                      "value read, or the errno)");
}
