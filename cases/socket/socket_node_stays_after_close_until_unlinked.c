#include "probe.h"
#include "sock.h"
#include <sys/stat.h>

PROBE(.claim     = "A UNIX socket's path node stays after the socket is closed and blocks a new "
                   "bind (EADDRINUSE) until it is unlinked",
      .reference = "unix(7) \"Pathname sockets\" (the socket file should be deleted with unlink)",
      .seed      = "SEED-70",
      .kind      = "confirms",
      .how       = "A socket is bound to a path and closed; the node must still be S_ISSOCK, a "
                   "new socket's bind to it must fail with EADDRINUSE, and after unlink() the "
                   "same bind must succeed.");

PROBE_BODY
{
    struct sockaddr_un sa;
    struct stat st;
    const char *path = probe_path("sock");
    socklen_t len = sock_path_addr(&sa, path);
    int old = SETUP(socket(AF_UNIX, SOCK_STREAM, 0)), s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));
    probe_defer_remove(PROBE_FILE, 0, path);
    SETUP(bind(old, (struct sockaddr *)&sa, len));
    SETUP(close(old));

    PROBE_POISON(st);
    EXPECT_OK(lstat(path, &st));
    EXPECT_TRUE(S_ISSOCK(st.st_mode), "expected the node to stay a socket after close; "
                "observed mode 0%o", (unsigned)st.st_mode);
    EXPECT_ERRNO(bind(s, (struct sockaddr *)&sa, len), EADDRINUSE);
    EXPECT_OK(unlink(path));
    EXPECT_OK(bind(s, (struct sockaddr *)&sa, len));
}
