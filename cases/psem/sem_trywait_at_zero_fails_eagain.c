#include "psem.h"

PROBE(.claim     = "sem_trywait() on a semaphore whose value is 0 fails at once with EAGAIN and "
                   "leaves the value 0; at 1 it succeeds and decrements",
      .reference = "sem_wait(3) \"DESCRIPTION\" and \"ERRORS\"",
      .how       = "sem_init(&s, 0, 1): sem_trywait() succeeds; a second sem_trywait() fails with "
                   "EAGAIN and sem_getvalue() still reads 0.",
      .layer     = "libc");

PROBE_BODY
{
    sem_t sem;
    int value = -1;
    SETUP(sem_init(&sem, 0, 1));

    EXPECT_OK(sem_trywait(&sem));
    EXPECT_ERRNO(sem_trywait(&sem), EAGAIN);
    SETUP(sem_getvalue(&sem, &value));
    EXPECT_EQ(value, 0, "semaphore value after a failed sem_trywait() at 0");
}
