/*
 * readiness.h — plumbing for the readiness probes (cases/poll/): poll(), select() and epoll
 * asked at a glance (timeout 0: "not ready" is proved without waiting), event names for
 * messages, and the system calls libc's waits enter, for the blocked-state oracle.
 * (Named readiness.h, not poll.h: -Iharness would hide the system <poll.h>.)
 */
#ifndef IPCPROBE_READINESS_H
#define IPCPROBE_READINESS_H
#include "probe.h"
#include <poll.h>
#include <stdint.h>
#include <sys/epoll.h>

/* glibc 2.36 on x86_64 (strace): poll() enters poll, epoll_wait() enters epoll_wait; musl
 * also polls with poll but waits with epoll_pwait. Architectures without those calls
 * (aarch64) have only ppoll and epoll_pwait. */
#ifdef SYS_poll
#define POLL_NR_POLL SYS_poll
#else
#define POLL_NR_POLL SYS_ppoll
#endif
#if defined(SYS_epoll_wait) && defined(__GLIBC__)
#define POLL_NR_EPOLL_WAIT SYS_epoll_wait
#else
#define POLL_NR_EPOLL_WAIT SYS_epoll_pwait
#endif

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
