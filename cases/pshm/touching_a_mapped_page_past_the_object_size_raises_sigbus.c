#include <signal.h>
#include "pshm.h"

PROBE(.claim     = "Touching a mapped page that lies wholly past the end of a shared memory object "
                   "raises SIGBUS",
      .reference = "mmap(2) \"ERRORS\" (SIGBUS: \"Attempted access to a page of the buffer that "
                   "lies beyond the end of the mapped file\"); shm_open(3)",
      .how       = "Size an object to 4096 bytes and map 8192; a child writes to the first page "
                   "(fine) and then to the second: it must die of SIGBUS.");

static char *mem;

static int toucher(void *arg)
{
    mem[0] = 1;
    mem[4096] = 1;
    return 0;
}

PROBE_BODY
{
    mem = pshm_map(pshm_create(psem_name("pshm"), 0600, 4096), 8192, PROT_READ | PROT_WRITE);
    expect_child_killed_by(probe_spawn(toucher, NULL), SIGBUS, "a write to the page past the "
                           "object's end");
}
