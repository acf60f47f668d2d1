#include "sysv_shm.h"
#include <sys/msg.h>
#include <sys/sem.h>

PROBE(.claim     = "`ipcrm -q ID` removes the message queue with that id",
      .reference = "ipcrm(1) \"OPTIONS\"",
      .seed      = "SEED-40",
      .kind      = "confirms",
      .how       = "Create an IPC_PRIVATE message queue, run `ipcrm -q ID`: it exits 0 and the id is "
                   "gone (IPC_STAT fails with EINVAL).",
      .needs     = "cmd:ipcrm");

PROBE_BODY
{
    int id = SETUP(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_MSG, id, NULL);
    char cmd[64], out[4096];
    snprintf(cmd, sizeof cmd, "ipcrm -q %d", id);

    int status = tool_run(cmd, out, sizeof out);
    EXPECT_TRUE(status == 0, "expected %s to exit 0; observed %s", cmd, describe_status(status));
    EXPECT_ERRNO(msgctl(id, IPC_STAT, &(struct msqid_ds){0}), EINVAL);
}
