#include "probe.h"
#include "sock.h"
#include <signal.h>

PROBE(.claim     = "send() on a stream socket whose peer has closed raises SIGPIPE, which kills "
                   "a process that has not caught it",
      .reference = "send(2) \"ERRORS\" (EPIPE ... also receives a SIGPIPE unless MSG_NOSIGNAL)",
      .how       = "A child with SIGPIPE at its default action sends one byte on a stream "
                   "socketpair whose other end is closed; it must die by SIGPIPE (it exits 1 "
                   "if send merely fails).");

static int sv[2];

static int sender(void *arg)
{
    signal(SIGPIPE, SIG_DFL);
    send(sv[0], "x", 1, 0);
    return 1;
}

PROBE_BODY
{
    sock_pair(SOCK_STREAM, sv);
    SETUP(close(sv[1]));

    expect_child_killed_by(probe_spawn(sender, NULL), SIGPIPE, "the child sending to a closed peer");
}
