#include "sysv_shm.h"

PROBE(.claim     = "shmget(key, 0, 0) returns the id of the segment that exists for that key",
      .reference = "shmget(2) \"DESCRIPTION\"",
      .seed      = "SEED-43",
      .kind      = "confirms",
      .how       = "Create a segment with a fresh ftok() key, then look the key up with size 0 "
                   "and no flags: the same id comes back.");

PROBE_BODY
{
    key_t key = seg_key();
    int id = seg_new_keyed(key, 4096, 0600);

    int found = EXPECT_OK(shmget(key, 0, 0));
    EXPECT_EQ(found, id, "the id shmget(key, 0, 0) returned");
}
