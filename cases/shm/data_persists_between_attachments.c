#include "sysv_shm.h"

PROBE(.claim     = "Data in a segment outlives the writer's detach and exit, survives being read, "
                   "and can be overwritten, until the segment is removed",
      .reference = "svipc(7) \"Shared memory segments\", shmdt(2)",
      .seed      = "SEED-48",
      .kind      = "confirms",
      .how       = "A child attaches, writes \"first\", detaches and exits (nattch back to 0). The "
                   "parent attaches, reads \"first\", detaches, attaches again and reads it again, "
                   "overwrites it with \"second\", and a third attach reads \"second\".");

static int id;

static int writer(void *arg)
{
    char *mem = shmat(id, NULL, 0);
    if (mem == (void *)-1)
        return 1;
    strcpy(mem, "first");
    return shmdt(mem) == 0 ? 0 : 2;
}

PROBE_BODY
{
    id = seg_new(4096, 0600);
    expect_child_exit(probe_spawn(writer, NULL), 0, "the writer (1: shmat, 2: shmdt failed)");
    EXPECT_EQ(seg_nattch(id), 0, "shm_nattch after the writer left");

    for (int round = 1; round <= 2; round++) {
        char *mem = seg_attach(id, 0);
        EXPECT_TRUE(!strcmp(mem, "first"), "expected \"first\" at read %d; observed \"%.6s\"",
                    round, mem);
        SETUP(shmdt(mem));
    }
    strcpy(seg_attach(id, 0), "second");
    char *mem = seg_attach(id, 0);
    EXPECT_TRUE(!strcmp(mem, "second"), "expected \"second\" after overwrite; observed \"%.6s\"", mem);
}
