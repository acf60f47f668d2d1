#include "probe.h"
#include "sock.h"

PROBE(.claim     = "An unnamed pipe can be used by an unrelated process: its descriptor passed "
                   "over a UNIX socket (SCM_RIGHTS) reads the pipe's data",
      .reference = "unix(7) \"Ancillary messages\" (SCM_RIGHTS); pipe(7)",
      .seed      = "SEED-15",
      .kind      = "corrects",
      .how       = "A program is exec'd (forked before the pipe exists, so it holds no copy) "
                   "and connects to the probe's path socket; the probe writes into a new pipe "
                   "and sends its read end. The program reads the pipe's bytes through the "
                   "received descriptor and sends them back.");

PROBE_BODY
{
    const char *path = probe_path("sock");
    int l = sock_listen_path(path, SOCK_STREAM);
    char *argv[] = { (char *)probe_helper("socket_fd_reader"), (char *)path, NULL };
    pid_t child = probe_fork();
    if (child == 0) {
        execv(argv[0], argv);
        _exit(127);
    }
    int p[2], s = SETUP(accept(l, NULL, NULL));
    SETUP(pipe(p));
    SETUP(write(p[1], "through the pipe", 16));

    EXPECT_EQ(EXPECT_OK(sock_send_fd(s, p[0])), 1, "bytes sent with the pipe's read end");
    SETUP(close(p[0]));
    char buf[32] = "";
    ssize_t n = read(s, buf, sizeof buf);
    expect_child_exit(child, 0, "the unrelated program (3: no descriptor arrived, 4: not a "
                      "pipe, 5: read from it failed)");
    EXPECT_TRUE(n == 16 && !memcmp(buf, "through the pipe", 16),
                "expected the program to read \"through the pipe\" from the pipe; observed "
                "%zd bytes \"%.*s\"", n, n > 0 ? (int)n : 0, buf);
}
