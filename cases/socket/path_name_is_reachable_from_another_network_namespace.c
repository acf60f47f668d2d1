#include "sock.h"
#include <sched.h>
#include <stdio.h>
#include <sys/wait.h>

PROBE(.claim     = "A path-bound UNIX socket is reachable from another network namespace: its "
                   "name lives in the file system, not in the network namespace",
      .reference = "unix(7) \"DESCRIPTION\" (pathname sockets); network_namespaces(7)",
      .how       = "The probe listens on a path in its directory; a child moves into "
                   "a new network namespace and connects to that path: it must succeed (exit 0; 2: "
                   "connect failed; 3: no new network namespace can be made, SKIP).");

static const char *path;

static int client(void *arg)
{
    if (sock_unshare_net() != 0)
        return 3;
    return sock_connect_path(path, SOCK_STREAM) >= 0 ? 0 : 2;
}

PROBE_BODY
{
    static char at[4096];
    snprintf(at, sizeof at, "%s", probe_path("listener"));
    path = at;
    sock_listen_path(path, SOCK_STREAM);
    int status = probe_reap(probe_spawn(client, NULL), PROBE_BOUND_MS);
    if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 3)
        probe_skip("cannot make a network namespace (unshare(CLONE_NEWNET), also inside a new user namespace, refused)");
    EXPECT_TRUE(status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0,
                "expected the child in a new network namespace to connect to the path (exit 0; "
                "2: connect failed); observed %s", describe_status(status));
}
