#include "sysv_shm.h"

PROBE(.claim     = "shmget() of a key with no segment and without IPC_CREAT fails with ENOENT",
      .reference = "shmget(2) \"ERRORS\" (ENOENT)",
      .how       = "Look up a fresh ftok() key (no segment was ever made for it) with flags 0: "
                   "-1 with ENOENT, and no segment is created.");

PROBE_BODY
{
    key_t key = seg_key();
    int id = shmget(key, 4096, 0600);
    int err = errno;
    if (id >= 0)
        probe_defer_remove(PROBE_SHM, id, NULL);
    EXPECT_TRUE(id == -1 && err == ENOENT, "expected -1/ENOENT for a key without a segment; "
                "observed %d/%s", id, id == -1 ? errno_name(err) : "no error");
}
