#include "sock.h"

PROBE(.claim     = "SO_PEERCRED reports the peer's credentials as they were at connect(): a peer "
                   "that changes its uid afterwards is still reported with the old one",
      .reference = "unix(7) \"SO_PEERCRED\" (\"the credentials that were in effect at the time of "
                   "the call to connect(2)\")",
      .how       = "A root child connects to the probe's listener, then becomes nobody and says so "
                   "with one byte. SO_PEERCRED on the accepted socket must still give uid 0 and "
                   "gid 0. SKIP when the probe is not root (the child cannot change its uid).",
      .since     = "2.2");

static int connector(void *listener_pid)
{
    int s = sock_connect_abstract("peercred-then", *(pid_t *)listener_pid);
    if (s == -1)
        return 2;
    if (probe_drop_to_nobody() != 0)
        return 3;
    char c;
    return write(s, "u", 1) == 1 && read(s, &c, 1) == 0 ? 0 : 4;
}

PROBE_BODY
{
    if (geteuid() != 0 || getegid() != 0)
        probe_skip("needs root: the connecting child must be able to become nobody");
    pid_t self = getpid();
    int l = sock_listen_abstract("peercred-then", self);
    pid_t child = probe_spawn(connector, &self);
    int s = SETUP(accept(l, NULL, NULL));
    char c;
    if (read(s, &c, 1) != 1)
        probe_error("the child did not report its change of uid (%s)", describe_status(probe_reap(child, PROBE_BOUND_MS)));

    struct ucred cred;
    socklen_t len = sizeof cred;
    EXPECT_OK(getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cred, &len));
    EXPECT_EQ(cred.uid, 0, "SO_PEERCRED uid (the peer's at connect time, before it became nobody)");
    EXPECT_EQ(cred.gid, 0, "SO_PEERCRED gid (at connect time)");
    close(s);
    expect_child_exit(child, 0, "the connecting child (2: connect, 3: becoming nobody, 4: I/O)");
}
