#include "psem.h"

PROBE(.claim     = "After sem_unlink(), a named semaphore that is still open keeps working through "
                   "its handle: post, getvalue and wait behave as before",
      .reference = "sem_unlink(3) \"DESCRIPTION\" (destroyed once all processes ... have closed it)",
      .how       = "Create a named semaphore at 1 and sem_unlink() it. Through the open handle "
                   "sem_post() must succeed, sem_getvalue() read 2, and two sem_trywait() succeed.",
      .layer     = "libc");

PROBE_BODY
{
    const char *name = psem_name("sem-unlinked");
    sem_t *sem = psem_create_named(name, 1);
    int value = -1;
    SETUP(sem_unlink(name));

    EXPECT_OK(sem_post(sem));
    EXPECT_OK(sem_getvalue(sem, &value));
    EXPECT_EQ(value, 2, "value of the unlinked semaphore after one post");
    EXPECT_OK(sem_trywait(sem));
    EXPECT_OK(sem_trywait(sem));
    EXPECT_OK(sem_close(sem));
}
