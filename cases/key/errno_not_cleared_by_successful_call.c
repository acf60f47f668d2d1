#include "sysv_shm.h"

PROBE(.claim     = "A successful call does not clear errno: after errno = EEXIST and a shmget() "
                   "that succeeds, errno still says EEXIST, so errno means nothing unless the call "
                   "reported failure",
      .reference = "errno(3) \"DESCRIPTION\" (\"never set to zero by any system call or library "
                   "function\")",
      .seed      = "SEED-44",
      .kind      = "corrects",
      .how       = "Set errno to EEXIST, create an IPC_PRIVATE segment successfully, and read "
                   "errno at once: it is still EEXIST (never 0). A program testing errno == EEXIST "
                   "without checking the return value takes the wrong branch.",
      .layer     = "libc");

PROBE_BODY
{
    errno = EEXIST;
    int id = shmget(IPC_PRIVATE, 4096, IPC_CREAT | 0600);
    int after = errno;
    if (id < 0)
        probe_error("shmget(IPC_PRIVATE) failed: %s", errno_name(after));
    probe_defer_remove(PROBE_SHM, id, NULL);

    EXPECT_TRUE(after == EEXIST, "expected errno still EEXIST after a successful shmget(); "
                "observed %s", after ? errno_name(after) : "0 (cleared)");
}
