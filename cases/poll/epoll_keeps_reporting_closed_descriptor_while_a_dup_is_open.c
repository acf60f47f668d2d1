#include "readiness.h"

PROBE(.claim     = "Closing a watched descriptor does not remove it from an epoll interest list "
                   "while a duplicate keeps the file open: events still arrive for the closed "
                   "number",
      .reference = "epoll(7) \"Questions and answers\" (\"A file descriptor is removed from an interest "
                   "list only after all the file descriptors referring to the underlying open file "
                   "description have been closed\")",
      .how       = "Watch a pipe's read end for EPOLLIN, dup() it and close the original; after a "
                   "byte is written epoll_wait() (timeout 0) must return one event whose data.fd "
                   "is the closed number.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    int ep = epoll_watching(fd[0], EPOLLIN);
    SETUP(dup(fd[0]));
    SETUP(close(fd[0]));
    SETUP(write(fd[1], "x", 1));
    struct epoll_event ev = { 0 };
    EXPECT_EQ(EXPECT_OK(epoll_wait(ep, &ev, 1, 0)), 1,
              "events for the closed descriptor whose duplicate is open");
    EXPECT_EQ(ev.data.fd, fd[0], "data.fd of the event (the closed number)");
}
