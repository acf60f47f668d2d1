#include "ipc_ns.h"
#if __has_include(<linux/msg.h>)
#include <linux/msg.h>
#else
#define MSGMNI 32000 /* include/uapi/linux/msg.h; musl-gcc sees no kernel headers */
#endif
#include <sched.h>
#include <sys/wait.h>

PROBE(.claim     = "A new IPC namespace starts with kernel.msgmni at the kernel's default (32000), "
                   "whatever its parent holds, and a value set inside it leaves the parent's as it was",
      .reference = "ipc_namespaces(7) (\"/proc interfaces\"); proc(5) \"/proc/sys/kernel/msgmni\"",
      .how       = "A child enters a new IPC namespace and sets msgmni to 1234; its own child enters "
                   "another and must read 32000 (MSGMNI) there, then sets 4321. The first child must "
                   "still read 1234. Each checks /proc/self/ns/ipc changed before writing anything.",
      .needs     = "root",
      .since     = "3.19");

enum { AS_CLAIMED, NOT_DEFAULT, LEAKED_TO_PARENT, NO_NEW_NAMESPACE, SETUP_FAILED };

static int enter_new_ipc_namespace(void)
{
    unsigned long before = ipc_ns_id();
    if (unshare(CLONE_NEWIPC) != 0)
        return SETUP_FAILED;
    return ipc_ns_id() != before ? AS_CLAIMED : NO_NEW_NAMESPACE;
}

static int grandchild(void)
{
    int r = enter_new_ipc_namespace();
    if (r != AS_CLAIMED)
        return r;
    if (ipc_limit_read("kernel/msgmni") != MSGMNI)
        return NOT_DEFAULT;
    return ipc_limit_write("kernel/msgmni", 4321) == 0 ? AS_CLAIMED : SETUP_FAILED;
}

static int child(void *arg)
{
    int r = enter_new_ipc_namespace();
    if (r != AS_CLAIMED)
        return r;
    if (ipc_limit_write("kernel/msgmni", 1234) != 0)
        return SETUP_FAILED;
    pid_t g = fork();
    if (g == 0)
        _exit(grandchild());
    int status;
    if (g == -1 || waitpid(g, &status, 0) != g || !WIFEXITED(status))
        return SETUP_FAILED;
    if (WEXITSTATUS(status) != AS_CLAIMED)
        return WEXITSTATUS(status);
    return ipc_limit_read("kernel/msgmni") == 1234 ? AS_CLAIMED : LEAKED_TO_PARENT;
}

PROBE_BODY
{
    pid_t c = probe_spawn(child, NULL);
    expect_child_exit(c, AS_CLAIMED, "the namespaces' msgmni (1: the new namespace did not start "
                      "at 32000, 2: the inner value reached the parent namespace, 3: unshare made "
                      "no new namespace, 4: a set-up step failed)");
}
