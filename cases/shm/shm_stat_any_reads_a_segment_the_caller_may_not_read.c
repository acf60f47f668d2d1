#include "sysv_shm.h"
#include "sysv_stat_any.h"

PROBE(.claim     = "shmctl(SHM_STAT_ANY) returns a segment that the caller has no read permission "
                   "on, where SHM_STAT at the same index fails with EACCES",
      .reference = "shmctl(2) \"SHM_STAT_ANY\" (Linux 4.17)",
      .how       = "A segment of mode 0 is created; a process without permission on it (nobody, or "
                   "the unprivileged owner) walks the indexes up to SHM_INFO's highest: SHM_STAT_ANY "
                   "must give the segment's id at one of them and SHM_STAT there must fail with "
                   "EACCES. SKIP before Linux 4.17 (EINVAL).",
      .since     = "4.17");

PROBE_BODY
{
    int id = seg_new(4096, 0000);
    expect_stat_any_reads_unreadable(SYSV_SHM, id);
}
