#include "sysv_shm.h"
#include <sys/msg.h>
#include <sys/sem.h>

PROBE(.claim     = "`ipcs -m` lists a shared memory segment the caller created, by its id",
      .reference = "ipcs(1) \"DESCRIPTION\", \"OPTIONS\"",
      .seed      = "SEED-40",
      .kind      = "confirms",
      .how       = "Create an IPC_PRIVATE shared memory segment, run `ipcs -m` and find a row whose second "
                   "column is its id.",
      .needs     = "cmd:ipcs");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    char out[65536], idtext[16];
    snprintf(idtext, sizeof idtext, "%d", id);

    int status = tool_run("ipcs -m", out, sizeof out);
    EXPECT_TRUE(status == 0, "expected ipcs -m to exit 0; observed %s", describe_status(status));
    EXPECT_TRUE(tool_find_row(out, 1, idtext), "expected a row with id %s in ipcs -m; observed:\n%s",
                idtext, out);
}
