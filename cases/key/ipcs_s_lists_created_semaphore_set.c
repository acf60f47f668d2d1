#include "sysv_shm.h"
#include <sys/msg.h>
#include <sys/sem.h>

PROBE(.claim     = "`ipcs -s` lists a semaphore set the caller created, by its id",
      .reference = "ipcs(1) \"DESCRIPTION\", \"OPTIONS\"",
      .seed      = "SEED-40",
      .kind      = "confirms",
      .how       = "Create an IPC_PRIVATE semaphore set, run `ipcs -s` and find a row whose second "
                   "column is its id.",
      .needs     = "cmd:ipcs");

PROBE_BODY
{
    int id = SETUP(semget(IPC_PRIVATE, 1, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);
    char out[65536], idtext[16];
    snprintf(idtext, sizeof idtext, "%d", id);

    int status = tool_run("ipcs -s", out, sizeof out);
    EXPECT_TRUE(status == 0, "expected ipcs -s to exit 0; observed %s", describe_status(status));
    EXPECT_TRUE(tool_find_row(out, 1, idtext), "expected a row with id %s in ipcs -s; observed:\n%s",
                idtext, out);
}
