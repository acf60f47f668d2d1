#include "sysv_shm.h"

PROBE(.claim     = "A segment attached with SHM_RDONLY can be read, and a write to it raises SIGSEGV",
      .reference = "shmat(2) \"DESCRIPTION\" (SHM_RDONLY)",
      .how       = "A child attaches read-only, reads the first byte, then writes it: the kernel "
                   "kills it with SIGSEGV.");

static int id;

static int write_readonly(void *arg)
{
    volatile char *mem = shmat(id, NULL, SHM_RDONLY);
    if (mem == (void *)-1)
        return 1;
    char c = mem[0];
    mem[0] = c + 1;
    return 0;
}

PROBE_BODY
{
    id = seg_new(4096, 0600);
    expect_child_killed_by(probe_spawn(write_readonly, NULL), SIGSEGV,
                           "a child writing to its SHM_RDONLY attachment (exit 0: write allowed)");
}
