#include "sysv_shm.h"
#include <limits.h>

PROBE(.claim     = "shmctl(IPC_INFO) reports the system limits: shmmin 1, and shmmax, shmmni, "
                   "shmall equal to /proc/sys/kernel/{shmmax,shmmni,shmall}",
      .reference = "shmctl(2) \"IPC_INFO\", proc(5) /proc/sys/kernel/shmmax",
      .how       = "Read the three limits from /proc/sys/kernel, call shmctl(0, IPC_INFO) and "
                   "compare field by field. A 32-bit process on a 64-bit kernel sees shmmax clamped to "
                   "INT_MAX (the compat IPC_INFO does so), which the probe expects there.");

PROBE_BODY
{
    struct shminfo info;
    EXPECT_OK(shmctl(0, IPC_INFO, (struct shmid_ds *)&info));

    EXPECT_EQ(info.shmmin, 1, "shmmin");
    unsigned long long shmmax = probe_sysctl("kernel/shmmax");
    if (sizeof(long) < 8 && shmmax > INT_MAX)
        shmmax = INT_MAX;                  /* compat_ipc: 32-bit callers see at most INT_MAX */
    EXPECT_TRUE(info.shmmax == shmmax, "expected shmmax %llu; observed %lu", shmmax, info.shmmax);
    EXPECT_EQ(info.shmmni, probe_sysctl("kernel/shmmni"), "shmmni");
    EXPECT_TRUE(info.shmall == (unsigned long)probe_sysctl("kernel/shmall"), "expected shmall %lu; observed %lu",
                (unsigned long)probe_sysctl("kernel/shmall"), info.shmall);
}
