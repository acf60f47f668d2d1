#include "sysv_shm.h"

PROBE(.claim     = "A process's exit detaches its segments: shm_nattch drops back when an "
                   "attached child exits",
      .reference = "shmat(2) \"NOTES\" (upon _exit(2), all attached segments are detached)",
      .how       = "A child attaches and reports; shm_nattch is 1. The child exits without shmdt; "
                   "once it is reaped shm_nattch is 0.");

static int id;

static int attacher(void *arg)
{
    return shmat(id, NULL, 0) == (void *)-1;
}

PROBE_BODY
{
    id = seg_new(4096, 0600);
    struct stage child;
    SETUP(stage_start(&child, attacher, NULL) == 0 ? 0 : -1);
    EXPECT_EQ(seg_nattch(id), 1, "shm_nattch while the child is attached");
    int status = stage_end(&child);
    if (status < 0 || !WIFEXITED(status))
        probe_error("the child did not exit: %s", status < 0 ? "still running" : describe_status(status));

    EXPECT_EQ(seg_nattch(id), 0, "shm_nattch after the attached child exited");
}
