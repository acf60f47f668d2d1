#include "sysv_shm.h"
#include <sys/msg.h>
#include <sys/sem.h>

PROBE(.claim     = "`ipcrm -s ID` removes the semaphore set with that id",
      .reference = "ipcrm(1) \"OPTIONS\"",
      .seed      = "SEED-40",
      .kind      = "confirms",
      .how       = "Create an IPC_PRIVATE semaphore set, run `ipcrm -s ID`: it exits 0 and the id is "
                   "gone (GETVAL fails with EINVAL).",
      .needs     = "cmd:ipcrm");

PROBE_BODY
{
    int id = SETUP(semget(IPC_PRIVATE, 1, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);
    char cmd[64], out[4096];
    snprintf(cmd, sizeof cmd, "ipcrm -s %d", id);

    int status = tool_run(cmd, out, sizeof out);
    EXPECT_TRUE(status == 0, "expected %s to exit 0; observed %s", cmd, describe_status(status));
    EXPECT_ERRNO(semctl(id, 0, GETVAL), EINVAL);
}
