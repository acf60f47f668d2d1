#include "sysv_shm.h"
#include <sys/mman.h>

PROBE(.claim     = "A SHM_RDONLY attachment cannot be made writable: mprotect(PROT_WRITE) fails "
                   "with EACCES",
      .reference = "mprotect(2) \"ERRORS\" (EACCES), shmat(2) SHM_RDONLY",
      .how       = "Attach read-only, then mprotect the page to PROT_READ|PROT_WRITE: -1 with "
                   "EACCES, since the mapping was made without write access.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    void *mem = seg_attach(id, SHM_RDONLY);

    EXPECT_ERRNO(mprotect(mem, 4096, PROT_READ | PROT_WRITE), EACCES);
}
