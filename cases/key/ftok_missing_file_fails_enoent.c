#include "sysv_shm.h"

PROBE(.claim     = "ftok() on a file that does not exist returns -1 with errno ENOENT",
      .reference = "ftok(3) \"RETURN VALUE\", stat(2) \"ERRORS\"",
      .seed      = "SEED-41",
      .kind      = "confirms",
      .how       = "ftok() a path under the probe's directory that was never created; it must "
                   "return (key_t) -1 and set ENOENT (the error of the stat(2) it makes).",
      .layer     = "libc");

PROBE_BODY
{
    EXPECT_ERRNO(ftok(probe_path("no-such-file"), 'P'), ENOENT);
}
