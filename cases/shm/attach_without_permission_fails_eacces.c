#include "sysv_shm.h"

PROBE(.claim     = "shmat() by a process without read permission on the segment fails with EACCES",
      .reference = "shmat(2) \"ERRORS\" (EACCES), svipc(7) \"IPC_PERM\"",
      .how       = "Create a segment with mode 0000; an unprivileged child (nobody, when the probe "
                   "runs as root; else the owner itself, whom mode 0000 also denies) attaches it "
                   "read-only and reports the errno by exit code.");

static int id;

static int attach(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 100;
    void *mem = shmat(id, NULL, SHM_RDONLY);
    if (mem != (void *)-1)
        return 1;
    return errno == EACCES ? 0 : 2;
}

PROBE_BODY
{
    id = seg_new(4096, 0000);
    int status = probe_reap(probe_spawn(attach, NULL), PROBE_BOUND_MS);
    if (status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 100)
        probe_skip("cannot become an unprivileged user (root without setuid to nobody)");
    EXPECT_TRUE(status >= 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0,
                "expected shmat to fail with EACCES (child exit 0); observed %s "
                "(exit 1: attached, 2: other errno)", status < 0 ? "a hang" : describe_status(status));
}
