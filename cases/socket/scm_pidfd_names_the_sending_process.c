#include "pidfd.h"
#include "sock.h"

PROBE(.claim     = "With SO_PASSPIDFD a UNIX socket's receiver gets an SCM_PIDFD control message: "
                   "a pidfd of the sending process",
      .reference = "unix(7) \"SO_PASSPIDFD\", \"SCM_PIDFD\" (Linux 6.5)",
      .how       = "The receiving end of a socket pair sets SO_PASSPIDFD; a child sends one byte "
                   "on the other end and stays alive until the probe closes. recvmsg must carry "
                   "SCM_PIDFD with a pidfd naming the child (fdinfo Pid:). SKIP before Linux 6.5 "
                   "(ENOPROTOOPT).",
      .since     = "6.5");

static int sv[2];

static int sender(void *arg)
{
    char c;
    close(sv[1]);
    if (send(sv[0], "x", 1, 0) != 1)
        return 2;
    return read(sv[0], &c, 1) == 0 ? 0 : 3; /* alive until the probe closes its end */
}

PROBE_BODY
{
    int on = 1;
    sock_pair(SOCK_STREAM, sv);
    EXPECT_OK(SINCE(setsockopt(sv[1], SOL_SOCKET, SO_PASSPIDFD, &on, sizeof on), ENOPROTOOPT));
    pid_t child = probe_spawn(sender, NULL);
    close(sv[0]);

    char byte, control[CMSG_SPACE(sizeof(int))];
    struct iovec iov = { &byte, 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                          .msg_controllen = sizeof control };
    EXPECT_EQ(EXPECT_OK(recvmsg(sv[1], &msg, MSG_CMSG_CLOEXEC)), 1, "bytes received");
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    EXPECT_TRUE(c && c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_PIDFD,
                "expected an SCM_PIDFD control message; observed %s",
                c ? "another control message" : "none");
    int pidfd;
    memcpy(&pidfd, CMSG_DATA(c), sizeof pidfd);
    EXPECT_EQ(pidfd_pid(pidfd), child, "pid of the SCM_PIDFD pidfd (the sending child's)");
    close(sv[1]);
    expect_child_exit(child, 0, "the sending child (2: send failed, 3: read)");
}
