/*
 * readiness.h — plumbing for the readiness probes (cases/poll/): poll(), select() and epoll
 * asked at a glance (timeout 0: "not ready" is proved without waiting) and event names for
 * messages. The calls libc's waits enter, for the oracle, are oracle.h's POLL_NR_*.
 * (Named readiness.h, not poll.h: -Iharness would hide the system <poll.h>.)
 */
#ifndef IPCPROBE_READINESS_H
#define IPCPROBE_READINESS_H
#include "probe.h"
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>

/* poll() on one descriptor with timeout 0: its revents (0 when nothing is ready).
 * ERROR when poll() fails. */
short poll_now(int fd, short events);
/* Event bits by name, "POLLIN|POLLHUP" or "none" (four buffers, used in turn). */
const char *poll_names(int revents);
/* FAIL unless poll_now(fd, events) gives exactly `want`; `what` names the descriptor. */
#define expect_revents(fd, events, want, what) \
    expect_revents_at(__FILE__, __LINE__, (fd), (events), (want), (what))
void expect_revents_at(const char *file, int line, int fd, short events, int want,
                       const char *what);

/* select() on one descriptor with timeout 0: SELECT_READ | SELECT_WRITE | SELECT_EXCEPT
 * for the sets it is in. ERROR when select() fails. */
enum { SELECT_READ = 1, SELECT_WRITE = 2, SELECT_EXCEPT = 4 };
int select_now(int fd);

/* A new epoll instance watching fd for `events`, with data.fd = fd. ERROR on failure. */
int epoll_watching(int fd, uint32_t events);
/* epoll_wait() for one event with timeout 0: 1 and its events, or 0. ERROR on failure. */
int epoll_now(int ep, uint32_t *events);
/* Event bits by name, "EPOLLIN|EPOLLHUP" or "none". */
const char *epoll_names(uint32_t events);

#endif
