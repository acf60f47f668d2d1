#include "probe.h"
#include "sock.h"
#include <sys/stat.h>

PROBE(.claim     = "bind() of a UNIX socket to a path creates a socket node there (S_ISSOCK): "
                   "socket + bind make it, no open() is involved",
      .reference = "unix(7) \"Address format\" (pathname sockets); inode(7) \"The file type and mode\"",
      .seed      = "SEED-70",
      .kind      = "confirms",
      .how       = "The path does not exist; socket(AF_UNIX) + bind() to it must succeed and "
                   "leave a node whose lstat() mode is S_ISSOCK.");

PROBE_BODY
{
    struct sockaddr_un sa;
    struct stat st;
    const char *path = probe_path("sock");
    socklen_t len = sock_path_addr(&sa, path);
    int s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));
    EXPECT_ERRNO(lstat(path, &st), ENOENT);

    probe_defer_remove(PROBE_FILE, 0, path);
    EXPECT_OK(bind(s, (struct sockaddr *)&sa, len));
    PROBE_POISON(st);
    EXPECT_OK(lstat(path, &st));
    EXPECT_TRUE(S_ISSOCK(st.st_mode), "expected a socket node (S_ISSOCK); observed mode 0%o",
                (unsigned)st.st_mode);
}
