#include "sysv_shm.h"
#include <sys/msg.h>
#include <sys/sem.h>

PROBE(.claim     = "`ipcrm -m ID` removes the shared memory segment with that id",
      .reference = "ipcrm(1) \"OPTIONS\"",
      .seed      = "SEED-40",
      .kind      = "confirms",
      .how       = "Create an IPC_PRIVATE shared memory segment, run `ipcrm -m ID`: it exits 0 and the id is "
                   "gone (IPC_STAT fails with EINVAL).",
      .needs     = "cmd:ipcrm");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    char cmd[64], out[4096];
    snprintf(cmd, sizeof cmd, "ipcrm -m %d", id);

    int status = tool_run(cmd, out, sizeof out);
    EXPECT_TRUE(status == 0, "expected %s to exit 0; observed %s", cmd, describe_status(status));
    EXPECT_ERRNO(shmctl(id, IPC_STAT, &(struct shmid_ds){0}), EINVAL);
}
