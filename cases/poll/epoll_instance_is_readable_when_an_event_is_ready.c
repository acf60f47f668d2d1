#include "readiness.h"

PROBE(.claim     = "An epoll file descriptor is itself pollable: poll() reports it POLLIN while "
                   "one of its interests has an event ready",
      .reference = "epoll(7) \"Questions and answers\" (\"Is the epoll file descriptor itself "
                   "poll/epoll/selectable?\")",
      .how       = "An epoll instance watches an empty pipe's read end; poll() of the epoll fd "
                   "(timeout 0) reports nothing; after a byte is written it must report POLLIN.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN);
    expect_revents(ep, POLLIN, 0, "an epoll instance with nothing ready");
    SETUP(write(fd[1], "x", 1));
    expect_revents(ep, POLLIN, POLLIN, "an epoll instance whose pipe has a byte");
}
