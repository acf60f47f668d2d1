#include "sysv_shm.h"

PROBE(.claim     = "`ipcs -m` shows a segment removed (IPC_RMID) while still attached with status "
                   "\"dest\" and key 0x00000000",
      .reference = "ipcs(1), shmctl(2) \"IPC_RMID\" (SHM_DEST)",
      .seed      = "SEED-40 SEED-50",
      .kind      = "corrects",
      .how       = "Create a keyed segment, attach it, IPC_RMID it, then run `ipcs -m`: the row "
                   "of its id says dest in the status column and its key is now 0x00000000.",
      .needs     = "cmd:ipcs");

PROBE_BODY
{
    int id = seg_new_keyed(seg_key(), 4096, 0600);
    seg_attach(id, 0);
    SETUP(shmctl(id, IPC_RMID, NULL));

    char out[65536], idtext[16];
    snprintf(idtext, sizeof idtext, "%d", id);
    int status = tool_run("ipcs -m", out, sizeof out);
    EXPECT_TRUE(status == 0, "expected ipcs -m to exit 0; observed %s", describe_status(status));
    const char *row = tool_find_row(out, 1, idtext);
    EXPECT_TRUE(row, "expected the removed, attached segment %s still listed; observed:\n%s", idtext, out);
    char key[32], mode[32], nattch[32], state[32] = "";
    sscanf(row, "%31s %*s %*s %31s %*s %31s %31s", key, mode, nattch, state);
    EXPECT_TRUE(!strcmp(state, "dest") && !strcmp(key, "0x00000000"),
                "expected status dest and key 0x00000000; observed status '%s', key %s", state, key);
}
