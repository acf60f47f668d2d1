#include "sock.h"
#include <sched.h>
#include <sys/wait.h>

PROBE(.claim     = "An abstract UNIX socket name belongs to its network namespace: a process in "
                   "another network namespace cannot connect to it",
      .reference = "unix(7) \"DESCRIPTION\" (abstract: \"independent of the file system\"); "
                   "network_namespaces(7) (\"the abstract UNIX domain socket namespace\")",
      .how       = "The probe listens on an abstract name; a child connects to it first in the "
                   "probe's network namespace (it must succeed), then in a new network namespace "
                   "(it must fail with ECONNREFUSED). Exit 0 for both; 3 when no new network "
                   "namespace can be made (SKIP).");

static pid_t listener;

static int client(void *arg)
{
    int s = sock_connect_abstract("netns", listener);
    if (s == -1)
        return 2;
    close(s);
    if (sock_unshare_net() != 0)
        return 3;
    return sock_connect_abstract("netns", listener) == -1 && errno == ECONNREFUSED ? 0 : 4;
}

PROBE_BODY
{
    listener = getpid();
    sock_listen_abstract("netns", listener);
    int status = probe_reap(probe_spawn(client, NULL), PROBE_BOUND_MS);
    if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 3)
        probe_skip("cannot make a network namespace (unshare(CLONE_NEWNET), also inside a new user namespace, refused)");
    EXPECT_TRUE(status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0,
                "expected the child to reach the name here and be refused (ECONNREFUSED) from a "
                "new network namespace (exit 0; 2: not reachable here, 4: reachable there or "
                "another error); observed %s", describe_status(status));
}
