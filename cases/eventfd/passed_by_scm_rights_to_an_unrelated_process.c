#include "eventfd.h"
#include "sock.h"

PROBE(.claim     = "An eventfd passed over a UNIX socket (SCM_RIGHTS) to an unrelated process is "
                   "the same counter: that process's write() is read by the sender",
      .reference = "eventfd(2) \"DESCRIPTION\"; unix(7) \"Ancillary messages\" (SCM_RIGHTS)",
      .how       = "A program is exec'd (forked before the eventfd exists, so it holds no copy) "
                   "and connects to the probe's path socket; the probe sends it a new "
                   "EFD_NONBLOCK eventfd, keeping its own copy. The program writes 7 through the "
                   "received descriptor and exits 0; the probe's read() must then return 7.");

PROBE_BODY
{
    const char *path = probe_path("sock");
    int l = sock_listen_path(path, SOCK_STREAM);
    char *argv[] = { (char *)probe_helper("socket_fd_reader"), (char *)path, "7", NULL };
    pid_t child = probe_fork();
    if (child == 0) {
        execv(argv[0], argv);
        _exit(127);
    }
    int s = SETUP(accept(l, NULL, NULL));
    int fd = SETUP(eventfd(0, EFD_NONBLOCK));
    EXPECT_EQ(EXPECT_OK(sock_send_fd(s, fd)), 1, "bytes sent with the eventfd");
    expect_child_exit(child, 0, "the unrelated program (3: no descriptor arrived, 4: not an "
                      "eventfd, 5: its write failed)");
    uint64_t v = 0;
    EXPECT_EQ(EXPECT_OK(read(fd, &v, sizeof v)), 8, "bytes the probe read");
    EXPECT_EQ(v, 7, "the value the unrelated program wrote");
}
