#include <sys/wait.h>
#include "pshm.h"

PROBE(.claim     = "shm_unlink() removes only the name: an existing mapping keeps the object, its "
                   "data and its size",
      .reference = "shm_open(3) \"DESCRIPTION\" (shm_unlink: \"once all processes have unmapped "
                   "the object, deallocates and destroys the contents\")",
      .how       = "Create an object of 4096 bytes, map it and write \"kept\", then shm_unlink() "
                   "it. A fork child reading and rewriting the mapping must find \"kept\" (exit 0; "
                   "a mapping that lost its object would raise SIGBUS).");

static char *mem;

static int reader(void *arg)
{
    if (memcmp(mem, "kept", 4) != 0)
        return 1;
    memcpy(mem, "more", 4);
    return 0;
}

PROBE_BODY
{
    const char *name = psem_name("pshm");
    mem = pshm_map(pshm_create(name, 0600, 4096), 4096, PROT_READ | PROT_WRITE);
    memcpy(mem, "kept", 4);
    EXPECT_OK(shm_unlink(name));
    expect_child_exit(probe_spawn(reader, NULL), 0, "a process using the mapping after "
                      "shm_unlink (1: the data was gone)");
    EXPECT_TRUE(!memcmp(mem, "more", 4), "expected the child's write in the mapping; observed "
                "\"%.4s\"", mem);
}
