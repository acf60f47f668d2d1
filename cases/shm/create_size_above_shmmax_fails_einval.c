#include "sysv_shm.h"
#include <stdint.h>

PROBE(.claim     = "Creating a segment larger than shmmax (/proc/sys/kernel/shmmax) fails with EINVAL",
      .reference = "shmget(2) \"ERRORS\" (EINVAL: size greater than SHMMAX), proc(5) shmmax",
      .how       = "Read shmmax; ask for shmmax + 1 bytes: -1 with EINVAL (the size check comes "
                   "before any memory accounting, so even the default huge shmmax gives EINVAL, "
                   "not ENOMEM/ENOSPC). SKIP when shmmax + 1 does not fit this ABI's size_t "
                   "(32-bit process, 64-bit default shmmax): no size can exceed it.");

PROBE_BODY
{
    unsigned long long shmmax = probe_sysctl("kernel/shmmax");
    if (shmmax >= SIZE_MAX)
        probe_skip("shmmax is %llu: no size_t (max %zu) exceeds it", shmmax, (size_t)SIZE_MAX);

    int id = shmget(IPC_PRIVATE, (size_t)shmmax + 1, IPC_CREAT | 0600);
    int err = errno;
    if (id >= 0)
        probe_defer_remove(PROBE_SHM, id, NULL);
    EXPECT_TRUE(id == -1 && err == EINVAL, "expected -1/EINVAL for shmmax + 1 = %llu bytes; "
                "observed %d/%s", shmmax + 1, id, id == -1 ? errno_name(err) : "no error");
}
