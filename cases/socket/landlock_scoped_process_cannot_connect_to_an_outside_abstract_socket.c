#include "landlock.h"
#include "sock.h"

PROBE(.claim     = "A process in a Landlock domain scoped with LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET "
                   "cannot connect to an abstract UNIX socket made outside its domain: EPERM",
      .reference = "landlock(7) \"Scoping\" (Linux 6.12, ABI 6); landlock_create_ruleset(2)",
      .how       = "The probe listens on an abstract name; a child restricts itself with that scope "
                   "and connects: connect must fail with EPERM. SKIP without Landlock, with it "
                   "disabled at boot, or before ABI 6.",
      .since     = "6.12");

static int sandboxed_connect(void *listener_pid)
{
    if (landlock_scope_self(LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET) != 0)
        return 200;
    return child_errno(sock_connect_abstract("landlock", *(pid_t *)listener_pid));
}

PROBE_BODY
{
    landlock_require_abi(6);
    pid_t self = getpid();
    sock_listen_abstract("landlock", self);
    pid_t child = probe_spawn(sandboxed_connect, &self);
    expect_child_errno(child, EPERM, PROBE_BOUND_MS,
                       "connect() from the scoped sandbox (errno 200: it could not restrict itself)");
}
