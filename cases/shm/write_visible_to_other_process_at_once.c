#include "sysv_shm.h"

PROBE(.claim     = "What one process writes into an attached segment another attached process "
                   "sees at once, without any call",
      .reference = "shmat(2) \"DESCRIPTION\", svipc(7)",
      .seed      = "SEED-46",
      .kind      = "confirms",
      .how       = "Parent and child each attach the segment themselves (after fork); the child "
                   "writes a message and reports through a pipe while staying attached; the "
                   "parent then reads the message from its own mapping.");

static int id;

static int writer(void *arg)
{
    char *mem = shmat(id, NULL, 0);
    if (mem == (void *)-1)
        return 1;
    strcpy(mem, "written by the child");
    return 0;
}

PROBE_BODY
{
    id = seg_new(4096, 0600);
    struct stage child;
    EXPECT_EQ(stage_start(&child, writer, NULL), 0, "the writer's report (1: shmat failed)");
    char *mem = seg_attach(id, 0);

    EXPECT_TRUE(!strcmp(mem, "written by the child"), "expected the child's message; observed "
                "\"%.20s\"", mem);
    stage_end(&child);
}
