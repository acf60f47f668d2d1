#include "probe.h"
#include "sock.h"

PROBE(.claim     = "An unprivileged process that sends SCM_CREDENTIALS naming another process's "
                   "pid is refused with EPERM",
      .reference = "unix(7) \"Ancillary messages\" (SCM_CREDENTIALS: privileged process may "
                   "specify other values); sendmsg(2) \"ERRORS\"",
      .how       = "A child without privilege (nobody when the probe is root) calls sendmsg with "
                   "SCM_CREDENTIALS carrying its parent's pid and its own uid and gid; it exits 0 "
                   "when sendmsg fails with EPERM, 2 when the forged message goes through.");

static int sv[2];

static int forger(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 3;
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(struct ucred))]; } ctl;
    struct ucred cred = { .pid = getppid(), .uid = getuid(), .gid = getgid() };
    struct iovec iov = { .iov_base = "x", .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf,
                          .msg_controllen = sizeof ctl.buf };
    memset(&ctl, 0, sizeof ctl);
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_CREDENTIALS;
    cm->cmsg_len = CMSG_LEN(sizeof cred);
    memcpy(CMSG_DATA(cm), &cred, sizeof cred);
    if (sendmsg(sv[0], &msg, 0) != -1)
        return 2;
    return errno == EPERM ? 0 : 4;
}

PROBE_BODY
{
    sock_pair(SOCK_DGRAM, sv);
    SETUP(setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &(int){ 1 }, sizeof(int)));

    expect_child_exit(probe_spawn(forger, NULL), 0,
                      "the child forging its parent's pid (0: EPERM, 2: sent, 4: other errno)");
}
