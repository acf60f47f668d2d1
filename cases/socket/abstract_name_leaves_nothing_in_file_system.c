#include "probe.h"
#include "sock.h"
#include <dirent.h>

PROBE(.claim     = "A UNIX socket bound to an abstract name (leading NUL byte) can be connected "
                   "to and leaves nothing in the file system",
      .reference = "unix(7) \"Address format\" (abstract: no connection with file system pathnames)",
      .how       = "In its empty private directory, the probe binds and listens on an abstract "
                   "name and lists the directory: it must still be empty (a node named after the "
                   "abstract name would show); connect to the name must then work.");

PROBE_BODY
{
    struct sockaddr_un sa;
    socklen_t len = sock_abstract_addr(&sa, "abstract");
    SETUP(chdir(probe_path("")));
    int s = SETUP(socket(AF_UNIX, SOCK_STREAM, 0));

    EXPECT_OK(bind(s, (struct sockaddr *)&sa, len));
    DIR *d = SETUP_PTR(opendir("."), NULL);
    for (struct dirent *e; (e = readdir(d));)
        EXPECT_TRUE(!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."),
                    "expected no file for the abstract name; observed \"%s\" in the directory",
                    e->d_name);
    SETUP(listen(s, 1));
    EXPECT_TRUE(sock_connect_abstract("abstract", getpid()) != -1,
                "expected connect to the abstract name to work; observed %s", errno_name(errno));
}
