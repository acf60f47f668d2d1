#include <fcntl.h>
#include "readiness.h"

PROBE(.claim     = "epoll cannot watch a regular file: EPOLL_CTL_ADD fails with EPERM",
      .reference = "epoll_ctl(2) \"ERRORS\" (EPERM: \"The target file fd does not support "
                   "epoll\")",
      .how       = "Create a regular file in the probe's directory and EPOLL_CTL_ADD it for EPOLLIN "
                   "to a new epoll instance: the call must fail with EPERM (poll() would call it "
                   "always ready).");

PROBE_BODY
{
    const char *path = probe_path("file");
    int fd = SETUP(open(path, O_CREAT | O_RDWR, 0600));
    probe_defer_remove(PROBE_FILE, 0, path);
    int ep = SETUP(epoll_create1(0));
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
    EXPECT_ERRNO(epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev), EPERM);
}
