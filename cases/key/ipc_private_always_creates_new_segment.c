#include "sysv_shm.h"

PROBE(.claim     = "shmget(IPC_PRIVATE, ...) creates a new segment on every call: two identical "
                   "calls return two different ids",
      .reference = "shmget(2) \"DESCRIPTION\" (IPC_PRIVATE), svipc(7)",
      .seed      = "SEED-45",
      .kind      = "confirms",
      .how       = "Call shmget(IPC_PRIVATE, 4096, IPC_CREAT|0600) twice; both succeed with "
                   "different ids, and both ids answer IPC_STAT.");

PROBE_BODY
{
    int first = EXPECT_OK(shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SHM, first, NULL);
    int second = EXPECT_OK(shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SHM, second, NULL);

    EXPECT_TRUE(first != second, "expected two different ids; observed %d twice", first);
    seg_stat(first);
    seg_stat(second);
}
