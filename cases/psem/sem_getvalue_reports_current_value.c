#include "psem.h"

PROBE(.claim     = "sem_getvalue() reports the semaphore's current value: the initial value, "
                   "plus one per sem_post(), minus one per successful sem_trywait()",
      .reference = "sem_getvalue(3) \"DESCRIPTION\"",
      .how       = "sem_init(&s, 0, 3): sem_getvalue() reads 3; after sem_post() 4; after two "
                   "sem_trywait() 2.",
      .layer     = "libc");

static int value_of(sem_t *s)
{
    int v = -1;
    SETUP(sem_getvalue(s, &v));
    return v;
}

PROBE_BODY
{
    sem_t sem;
    SETUP(sem_init(&sem, 0, 3));

    EXPECT_EQ(value_of(&sem), 3, "value after sem_init(.., 3)");
    SETUP(sem_post(&sem));
    EXPECT_EQ(value_of(&sem), 4, "value after one sem_post()");
    SETUP(sem_trywait(&sem));
    SETUP(sem_trywait(&sem));
    EXPECT_EQ(value_of(&sem), 2, "value after two sem_trywait()");
}
