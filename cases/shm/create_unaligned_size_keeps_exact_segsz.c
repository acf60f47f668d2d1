#include "sysv_shm.h"

PROBE(.claim     = "A segment size that is not a multiple of the page size is accepted, and "
                   "IPC_STAT reports the size asked for (not rounded up)",
      .reference = "shmget(2) \"DESCRIPTION\" (size rounded up to PAGE_SIZE), shmctl(2) shm_segsz",
      .how       = "Create a segment of page size + 1 bytes; shmget succeeds and shm_segsz is "
                   "exactly page size + 1, though the memory is rounded to two pages.");

PROBE_BODY
{
    size_t size = (size_t)sysconf(_SC_PAGESIZE) + 1;
    int id = EXPECT_OK(shmget(IPC_PRIVATE, size, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SHM, id, NULL);

    EXPECT_EQ(seg_stat(id).shm_segsz, size, "shm_segsz");
}
