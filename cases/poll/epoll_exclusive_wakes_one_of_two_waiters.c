#include <sys/eventfd.h>
#include "readiness.h"

PROBE(.claim     = "EPOLLEXCLUSIVE avoids the thundering herd: when two epoll instances watch one "
                   "eventfd with it, one event wakes only one of their two blocked waiters "
                   "(without it, both wake)",
      .reference = "epoll_ctl(2) \"DESCRIPTION\" (EPOLLEXCLUSIVE: \"one or more of the epoll file "
                   "descriptors will receive an event\"; \"The default ... is for all epoll file "
                   "descriptors to receive an event\")",
      .since     = "4.5",
      .how       = "Two children each block in epoll_wait(-1) on their own epoll instance, both "
                   "watching one eventfd with EPOLLIN|EPOLLEXCLUSIVE (the oracle sees both asleep). "
                   "write(1) to the eventfd; once one child has exited with the event, the other "
                   "must still be asleep in epoll_wait (a woken task would be running: Linux wakes "
                   "one exclusive waiter per event), and a second write then wakes it.");

static int efd;

static int waiter(void *arg)
{
    int ep = *(int *)arg;
    struct epoll_event ev;
    return epoll_wait(ep, &ev, 1, -1) == 1 && (ev.events & EPOLLIN) ? 0 : 1;
}

static int exclusive_watcher(void)
{
    int ep = SETUP(epoll_create1(0));
    struct epoll_event ev = { .events = EPOLLIN | EPOLLEXCLUSIVE };
    EXPECT_OK(SINCE(epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev), EINVAL));
    return ep;
}

PROBE_BODY
{
    uint64_t one = 1;
    efd = SETUP(eventfd(0, 0));
    int ep[2] = { exclusive_watcher(), exclusive_watcher() };
    pid_t child[2] = { probe_spawn(waiter, &ep[0]), probe_spawn(waiter, &ep[1]) };
    expect_blocked(child[0], POLL_NR_EPOLL_WAIT, PROBE_BOUND_MS, "the first waiter");
    expect_blocked(child[1], POLL_NR_EPOLL_WAIT, PROBE_BOUND_MS, "the second waiter");

    SETUP(write(efd, &one, sizeof one));
    int status, first = -1;
    long long deadline = probe_now_ms() + probe_ms(PROBE_BOUND_MS);
    while (first == -1 && probe_now_ms() < deadline)
        for (int i = 0; i < 2 && first == -1; i++)
            if (probe_child_ended(child[i], &status))
                first = i;
    EXPECT_TRUE(first != -1, "expected one waiter to wake and exit within %d ms; observed none",
                probe_ms(PROBE_BOUND_MS));
    char seen[128];
    EXPECT_TRUE(probe_wait_blocked(child[1 - first], child[1 - first], POLL_NR_EPOLL_WAIT, 0,
                                   seen, sizeof seen) == 0,
                "expected the other waiter still asleep in epoll_wait after one event; "
                "observed %s", seen);
    SETUP(write(efd, &one, sizeof one));
    expect_child_exit(child[1 - first], 0, "the second waiter, after a second event");
}
