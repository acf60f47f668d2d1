#include "sysv_shm.h"

PROBE(.claim     = "A segment attached before fork() is attached in the child too: shm_nattch "
                   "counts the child, and the child's writes through the inherited address reach "
                   "the parent",
      .reference = "shmat(2) \"NOTES\" (after a fork(2), the child inherits the attached segments)",
      .seed      = "SEED-46",
      .kind      = "confirms",
      .how       = "Attach, then fork; the child writes through the inherited address and stays "
                   "alive. While it lives shm_nattch is 2 and the parent reads the child's bytes.");

static char *mem;

static int writer(void *arg)
{
    strcpy(mem, "child");
    return 0;
}

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    mem = seg_attach(id, 0);
    struct stage child;
    SETUP(stage_start(&child, writer, NULL));

    EXPECT_EQ(seg_nattch(id), 2, "shm_nattch with parent and forked child attached");
    EXPECT_TRUE(!strcmp(mem, "child"), "expected \"child\" written through the inherited mapping; "
                "observed \"%.5s\"", mem);
    stage_end(&child);
}
