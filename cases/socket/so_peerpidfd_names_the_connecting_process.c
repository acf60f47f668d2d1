#include "pidfd.h"
#include "sock.h"

PROBE(.claim     = "getsockopt(SO_PEERPIDFD) on an accepted UNIX stream socket gives a pidfd of "
                   "the process that connected",
      .reference = "unix(7) \"SO_PEERPIDFD\" (Linux 6.5); pidfd_open(2) (/proc/self/fdinfo Pid:)",
      .how       = "A child connects to the probe's abstract listener and waits for the probe to "
                   "close; the pidfd SO_PEERPIDFD gives on the accepted socket must name the "
                   "child's pid (its fdinfo Pid: line). SKIP before Linux 6.5 (ENOPROTOOPT).",
      .since     = "6.5");

static int connector(void *listener_pid)
{
    int s = sock_connect_abstract("peerpidfd", *(pid_t *)listener_pid);
    char c;
    return s == -1 ? 2 : read(s, &c, 1) == 0 ? 0 : 3; /* stays alive until the probe closes */
}

PROBE_BODY
{
    pid_t self = getpid();
    int l = sock_listen_abstract("peerpidfd", self);
    pid_t child = probe_spawn(connector, &self);
    int s = SETUP(accept(l, NULL, NULL));

    int pidfd = -1;
    socklen_t len = sizeof pidfd;
    EXPECT_OK(SINCE(getsockopt(s, SOL_SOCKET, SO_PEERPIDFD, &pidfd, &len), ENOPROTOOPT));
    EXPECT_EQ(pidfd_pid(pidfd), child, "pid of the SO_PEERPIDFD pidfd (the connecting child's)");
    close(s);
    expect_child_exit(child, 0, "the connecting child (2: connect failed, 3: read)");
}
