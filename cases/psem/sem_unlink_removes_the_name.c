#include "psem.h"

PROBE(.claim     = "sem_unlink() removes a named semaphore's name: a later sem_open() of the name "
                   "without O_CREAT fails with ENOENT",
      .reference = "sem_unlink(3) \"DESCRIPTION\"; sem_open(3) \"ERRORS\" (ENOENT)",
      .how       = "Create a named semaphore, check sem_open(name, 0) finds it, sem_unlink() it, "
                   "then sem_open(name, 0) must fail with ENOENT.",
      .layer     = "libc");

PROBE_BODY
{
    const char *name = psem_name("sem-unlink");
    psem_create_named(name, 0);
    sem_t *found = sem_open(name, 0);
    if (found == SEM_FAILED)
        probe_error("sem_open(\"%s\", 0) of the existing name failed: %s", name, errno_name(errno));
    SETUP(sem_close(found));

    EXPECT_OK(sem_unlink(name));
    sem_t *after = sem_open(name, 0);
    EXPECT_TRUE(after == SEM_FAILED && errno == ENOENT,
                "sem_open(\"%s\", 0) after sem_unlink: expected SEM_FAILED/ENOENT; observed %s",
                name, after == SEM_FAILED ? errno_name(errno) : "the semaphore still there");
}
