#include "probe.h"
#include "sock.h"

PROBE(.claim     = "SO_PEERCRED on an accepted UNIX stream socket reports the connecting "
                   "process's pid, uid and gid",
      .reference = "unix(7) \"Socket options\" (SO_PEERCRED)",
      .how       = "A child (as nobody when the probe is root) connects to the probe's listener "
                   "on an abstract name; getsockopt(SO_PEERCRED) on the accepted socket must "
                   "give the child's pid and its uid and gid.");

static int connector(void *listener_pid)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 3;
    return sock_connect_abstract("peercred", *(pid_t *)listener_pid) == -1 ? 2 : 0;
}

PROBE_BODY
{
    pid_t self = getpid();
    uid_t uid = geteuid() == 0 ? 65534 : geteuid();
    gid_t gid = geteuid() == 0 ? 65534 : getegid();
    int l = sock_listen_abstract("peercred", self);
    pid_t child = probe_spawn(connector, &self);
    int s = SETUP(accept(l, NULL, NULL));
    expect_child_exit(child, 0, "the connecting child (2: connect failed, 3: no nobody)");

    struct ucred cred;
    socklen_t len = sizeof cred;
    PROBE_POISON(cred);
    EXPECT_OK(getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cred, &len));
    EXPECT_EQ(cred.pid, child, "SO_PEERCRED pid (the connecting child's)");
    EXPECT_EQ(cred.uid, uid, "SO_PEERCRED uid");
    EXPECT_EQ(cred.gid, gid, "SO_PEERCRED gid");
}
