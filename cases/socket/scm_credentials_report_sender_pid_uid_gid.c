#include "probe.h"
#include "sock.h"

PROBE(.claim     = "With SO_PASSCRED set, each message received carries SCM_CREDENTIALS with "
                   "the sending process's pid, uid and gid",
      .reference = "unix(7) \"Ancillary messages\" (SCM_CREDENTIALS) and \"Socket options\" "
                   "(SO_PASSCRED)",
      .how       = "The receiver sets SO_PASSCRED on a datagram socketpair; a child (as nobody "
                   "when the probe is root) sends one byte with no control data; recvmsg must "
                   "return an SCM_CREDENTIALS message naming the child's pid, uid and gid.");

static int sv[2];

static int sender(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 3;
    return send(sv[0], "x", 1, 0) == 1 ? 0 : 2;
}

PROBE_BODY
{
    uid_t uid = geteuid() == 0 ? 65534 : geteuid();
    gid_t gid = geteuid() == 0 ? 65534 : getegid();
    sock_pair(SOCK_DGRAM, sv);
    SETUP(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &(int){ 1 }, sizeof(int)));
    pid_t child = probe_spawn(sender, NULL);
    expect_child_exit(child, 0, "the sending child (2: send failed, 3: no nobody)");

    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(struct ucred))]; } ctl;
    char c;
    struct iovec iov = { .iov_base = &c, .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf,
                          .msg_controllen = sizeof ctl.buf };
    EXPECT_EQ(EXPECT_OK(recvmsg(sv[1], &msg, 0)), 1, "bytes received");
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    EXPECT_TRUE(cm && cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_CREDENTIALS,
                "expected an SCM_CREDENTIALS control message; observed %s",
                cm ? "another control message" : "none");
    struct ucred cred;
    memcpy(&cred, CMSG_DATA(cm), sizeof cred);
    EXPECT_EQ(cred.pid, child, "SCM_CREDENTIALS pid (the sending child's)");
    EXPECT_EQ(cred.uid, uid, "SCM_CREDENTIALS uid");
    EXPECT_EQ(cred.gid, gid, "SCM_CREDENTIALS gid");
}
