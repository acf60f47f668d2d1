#include <stdio.h>
#include "pshm.h"

PROBE(.claim     = "glibc refuses a shared memory name with a slash after the first character: "
                   "shm_open() fails with EINVAL",
      .reference = "shm_open(3) \"ERRORS\" (EINVAL: \"The name argument to shm_open() was invalid\"); shm_overview(7)",
      .layer     = "libc",
      .how       = "shm_open(\"/ipcprobe-dir-PID/obj\", O_CREAT|O_RDWR) must fail with EINVAL "
                   "(it names no directory under /dev/shm).");

PROBE_BODY
{
    char name[96];
    snprintf(name, sizeof name, "%s/obj", psem_name("dir"));
    probe_defer_remove(PROBE_POSIX_SHM, 0, name);
    EXPECT_ERRNO(shm_open(name, O_CREAT | O_RDWR, 0600), EINVAL);
}
