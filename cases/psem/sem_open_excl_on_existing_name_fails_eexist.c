#include "psem.h"
#include <fcntl.h>

PROBE(.claim     = "sem_open() with O_CREAT|O_EXCL on a name that already exists fails with EEXIST",
      .reference = "sem_open(3) \"ERRORS\"",
      .how       = "Create a named semaphore with O_CREAT|O_EXCL, then call sem_open() on the same "
                   "name with O_CREAT|O_EXCL again: it must return SEM_FAILED with EEXIST.",
      .layer     = "libc");

PROBE_BODY
{
    const char *name = psem_name("sem-excl");
    psem_create_named(name, 0);

    sem_t *again = sem_open(name, O_CREAT | O_EXCL, 0600, 0);
    EXPECT_TRUE(again == SEM_FAILED && errno == EEXIST,
                "second sem_open(O_CREAT|O_EXCL) of %s: expected SEM_FAILED/EEXIST; observed %s",
                name, again == SEM_FAILED ? errno_name(errno) : "a semaphore");
}
