#include "psem.h"
#include <limits.h>

PROBE(.claim     = "sem_post() on a semaphore already at SEM_VALUE_MAX fails with EOVERFLOW and "
                   "leaves the value unchanged",
      .reference = "sem_post(3) \"ERRORS\"",
      .how       = "sem_init(&s, 0, SEM_VALUE_MAX), then sem_post() must fail with EOVERFLOW and "
                   "sem_getvalue() must still read SEM_VALUE_MAX.",
      .layer     = "libc");

PROBE_BODY
{
    sem_t sem;
    int value = -1;
    SETUP(sem_init(&sem, 0, SEM_VALUE_MAX));

    EXPECT_ERRNO(sem_post(&sem), EOVERFLOW);
    SETUP(sem_getvalue(&sem, &value));
    EXPECT_EQ(value, SEM_VALUE_MAX, "value after the refused post");
}
