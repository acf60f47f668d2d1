#include "sysv_shm.h"

PROBE(.claim     = "ftok() on the same file with another proj_id (differing in the low 8 bits) "
                   "returns another key",
      .reference = "ftok(3) \"DESCRIPTION\"",
      .seed      = "SEED-41",
      .kind      = "confirms",
      .how       = "ftok() one file with proj_id 'A' and with 'B'; the two keys differ.",
      .layer     = "libc");

PROBE_BODY
{
    const char *file = seg_key_file();
    key_t a = EXPECT_OK(ftok(file, 'A'));
    key_t b = EXPECT_OK(ftok(file, 'B'));

    EXPECT_TRUE(a != b, "expected different keys for proj_id 'A' and 'B'; observed 0x%08x for both",
                (unsigned)a);
}
