#include "sysv_shm.h"
#include <sys/msg.h>
#include <sys/sem.h>

PROBE(.claim     = "`ipcs -q` lists a message queue the caller created, by its id",
      .reference = "ipcs(1) \"DESCRIPTION\", \"OPTIONS\"",
      .seed      = "SEED-40",
      .kind      = "confirms",
      .how       = "Create an IPC_PRIVATE message queue, run `ipcs -q` and find a row whose second "
                   "column is its id.",
      .needs     = "cmd:ipcs");

PROBE_BODY
{
    int id = SETUP(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_MSG, id, NULL);
    char out[65536], idtext[16];
    snprintf(idtext, sizeof idtext, "%d", id);

    int status = tool_run("ipcs -q", out, sizeof out);
    EXPECT_TRUE(status == 0, "expected ipcs -q to exit 0; observed %s", describe_status(status));
    EXPECT_TRUE(tool_find_row(out, 1, idtext), "expected a row with id %s in ipcs -q; observed:\n%s",
                idtext, out);
}
