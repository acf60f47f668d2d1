#include "sysv_shm.h"

PROBE(.claim     = "shmget() of an existing key with a size larger than the segment's fails with "
                   "EINVAL",
      .reference = "shmget(2) \"ERRORS\" (EINVAL: a segment exists and size is greater than its size)",
      .how       = "Create a 4096-byte keyed segment, then ask for the key with 8192 bytes: -1 "
                   "with EINVAL.");

PROBE_BODY
{
    key_t key = seg_key();
    seg_new_keyed(key, 4096, 0600);

    EXPECT_ERRNO(shmget(key, 8192, 0600), EINVAL);
}
