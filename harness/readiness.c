/* Plumbing for the readiness probes: see readiness.h. */
#include "readiness.h"
#include <stdio.h>
#include <sys/select.h>

static char *next_buffer(void)
{
    static __thread char bufs[4][160];
    static __thread int next;
    return bufs[next++ % 4];
}

struct bit { unsigned bit; const char *name; };

static const char *names(const struct bit *bits, unsigned value)
{
    char *out = next_buffer();
    size_t len = 0;
    out[0] = '\0';
    for (const struct bit *b = bits; b->name; b++)
        if (value & b->bit) {
            len += snprintf(out + len, 160 - len, "%s%s", len ? "|" : "", b->name);
            value &= ~b->bit;
        }
    if (value)
        snprintf(out + len, 160 - len, "%s0x%x", len ? "|" : "", value);
    else if (!len)
        snprintf(out, 160, "none");
    return out;
}

const char *poll_names(int revents)
{
    static const struct bit bits[] = {
        { POLLIN, "POLLIN" }, { POLLPRI, "POLLPRI" }, { POLLOUT, "POLLOUT" },
        { POLLRDHUP, "POLLRDHUP" }, { POLLERR, "POLLERR" }, { POLLHUP, "POLLHUP" },
        { POLLNVAL, "POLLNVAL" }, { POLLRDNORM, "POLLRDNORM" }, { POLLRDBAND, "POLLRDBAND" },
        { POLLWRNORM, "POLLWRNORM" }, { POLLWRBAND, "POLLWRBAND" }, { 0, NULL } };
    return names(bits, (unsigned)(unsigned short)revents);
}

const char *epoll_names(uint32_t events)
{
    static const struct bit bits[] = {
        { EPOLLIN, "EPOLLIN" }, { EPOLLPRI, "EPOLLPRI" }, { EPOLLOUT, "EPOLLOUT" },
        { EPOLLRDHUP, "EPOLLRDHUP" }, { EPOLLERR, "EPOLLERR" }, { EPOLLHUP, "EPOLLHUP" },
        { EPOLLRDNORM, "EPOLLRDNORM" }, { EPOLLRDBAND, "EPOLLRDBAND" },
        { EPOLLWRNORM, "EPOLLWRNORM" }, { EPOLLWRBAND, "EPOLLWRBAND" }, { 0, NULL } };
    return names(bits, events);
}

short poll_now(int fd, short events)
{
    struct pollfd p = { .fd = fd, .events = events };
    if (poll(&p, 1, 0) == -1)
        probe_error("poll(fd %d, %s, timeout 0) failed: %s", fd, poll_names(events),
                    errno_name(errno));
    return p.revents;
}

void expect_revents_at(const char *file, int line, int fd, short events, int want,
                       const char *what)
{
    short got = poll_now(fd, events);
    if (got != want)
        probe_fail_at(file, line, "poll() on %s asking %s: expected revents %s; observed %s",
                      what, poll_names(events), poll_names(want), poll_names(got));
}

int select_now(int fd)
{
    fd_set r, w, x;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_ZERO(&x);
    FD_SET(fd, &r);
    FD_SET(fd, &w);
    FD_SET(fd, &x);
    struct timeval tv = { 0, 0 };
    if (select(fd + 1, &r, &w, &x, &tv) == -1)
        probe_error("select(fd %d, timeout 0) failed: %s", fd, errno_name(errno));
    return (FD_ISSET(fd, &r) ? SELECT_READ : 0) | (FD_ISSET(fd, &w) ? SELECT_WRITE : 0) |
           (FD_ISSET(fd, &x) ? SELECT_EXCEPT : 0);
}

int epoll_watching(int fd, uint32_t events)
{
    int ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep == -1)
        probe_error("epoll_create1 failed: %s", errno_name(errno));
    struct epoll_event ev = { .events = events, .data.fd = fd };
    if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) == -1)
        probe_error("epoll_ctl(ADD fd %d, %s) failed: %s", fd, epoll_names(events),
                    errno_name(errno));
    return ep;
}

int epoll_now(int ep, uint32_t *events)
{
    struct epoll_event ev = { 0 };
    int n = epoll_wait(ep, &ev, 1, 0);
    if (n == -1)
        probe_error("epoll_wait(timeout 0) failed: %s", errno_name(errno));
    if (events)
        *events = n ? ev.events : 0;
    return n;
}
