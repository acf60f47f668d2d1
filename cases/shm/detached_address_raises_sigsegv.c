#include "sysv_shm.h"

PROBE(.claim     = "After shmdt() the address is unmapped: touching it raises SIGSEGV",
      .reference = "shmdt(2) \"DESCRIPTION\"",
      .how       = "A child attaches, writes, detaches, then reads the old address: the kernel "
                   "kills it with SIGSEGV (exit 0 would mean the memory was still mapped).");

static int id;

static int touch_after_detach(void *arg)
{
    volatile char *mem = shmat(id, NULL, 0);
    if (mem == (void *)-1)
        return 1;
    mem[0] = 'x';
    if (shmdt((void *)mem) != 0)
        return 2;
    return mem[0] == 'x' ? 0 : 3;
}

PROBE_BODY
{
    id = seg_new(4096, 0600);
    expect_child_killed_by(probe_spawn(touch_after_detach, NULL), SIGSEGV,
                           "a child reading its detached address");
}
