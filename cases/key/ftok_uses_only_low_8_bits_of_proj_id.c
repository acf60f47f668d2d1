#include "sysv_shm.h"

PROBE(.claim     = "ftok() uses only the low 8 bits of proj_id: proj_id 1 and 257 give the same "
                   "key, so 'another id gives another key' holds only for ids that differ there",
      .reference = "ftok(3) \"DESCRIPTION\" (\"the least significant 8 bits of proj_id\")",
      .seed      = "SEED-41",
      .kind      = "corrects",
      .how       = "ftok() one file with proj_id 1 and with proj_id 257 (1 + 256); the keys are "
                   "equal, since bits above the eighth are dropped.",
      .layer     = "libc");

PROBE_BODY
{
    const char *file = seg_key_file();
    key_t low = EXPECT_OK(ftok(file, 1));
    key_t high = EXPECT_OK(ftok(file, 257));

    EXPECT_EQ(high, low, "ftok(file, 257) compared with ftok(file, 1)");
}
