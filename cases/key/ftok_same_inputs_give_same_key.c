#include "sysv_shm.h"

PROBE(.claim     = "ftok() called twice with the same existing file and proj_id returns the same key",
      .reference = "ftok(3) \"DESCRIPTION\"",
      .seed      = "SEED-41",
      .kind      = "confirms",
      .how       = "ftok() a fresh file under the probe's directory twice with proj_id 'P'; both "
                   "calls succeed and return the same key.",
      .layer     = "libc");

PROBE_BODY
{
    const char *file = seg_key_file();
    key_t first = EXPECT_OK(ftok(file, 'P'));
    key_t second = EXPECT_OK(ftok(file, 'P'));

    EXPECT_EQ(second, first, "the second ftok() key");
}
