#include "sysv_msgsem.h"

PROBE(.claim     = "Raising msg_qbytes above msgmnb without CAP_SYS_RESOURCE fails with EPERM, even "
                   "for the queue's owner",
      .reference = "msgctl(2) \"ERRORS\" (EPERM: ... msg_qbytes ... greater than MSGMNB)",
      .how       = "The queue is handed to nobody (IPC_SET uid/gid when root); a child running as "
                   "nobody (or the test process itself, when not root) asks for msgmnb + 1 bytes "
                   "and must get EPERM; msg_qbytes stays msgmnb.");

static int id;

static int raise_limit(void *arg)
{
    struct msqid_ds ds;
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 254;
    PROBE_POISON(ds);
    if (msgctl(id, IPC_STAT, &ds) != 0)
        return 253;
    ds.msg_qbytes = (unsigned long)*(long *)arg + 1;
    return child_errno(msgctl(id, IPC_SET, &ds));
}

PROBE_BODY
{
    long mnb = probe_sysctl("kernel/msgmnb");
    id = msg_queue();
    if (geteuid() == 0) {
        struct msqid_ds ds = msg_stat(id);
        ds.msg_perm.uid = 65534;
        ds.msg_perm.gid = 65534;
        SETUP(msgctl(id, IPC_SET, &ds));
    }
    pid_t child = probe_spawn(raise_limit, &mnb);

    expect_child_errno(child, EPERM, PROBE_BOUND_MS, "unprivileged IPC_SET of msg_qbytes to msgmnb + 1");
    EXPECT_EQ(msg_stat(id).msg_qbytes, mnb, "msg_qbytes after the refused raise");
}
