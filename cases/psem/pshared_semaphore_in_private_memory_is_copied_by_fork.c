#include "psem.h"

PROBE(.claim     = "A semaphore initialised with pshared != 0 in ordinary (private) memory does not "
                   "synchronise processes: after fork() each has its own copy, and a post in the "
                   "child does not raise the parent's value",
      .reference = "sem_init(3) \"DESCRIPTION\" (pshared: \"should be located in a region of shared "
                   "memory\"); fork(2) \"DESCRIPTION\"",
      .seed      = "SEED-68",
      .kind      = "corrects",
      .how       = "sem_init(&s, 1, 0) on a static variable, then fork. The child posts and checks "
                   "that its own copy went to 1. After the child exits, the parent's copy must "
                   "still read 0 and sem_trywait() must fail with EAGAIN (no hang: a post that "
                   "never arrives cannot block the probe).",
      .layer     = "libc");

static sem_t sem; /* private: copied, not shared, by fork() */

static int poster(void *arg)
{
    int value = -1;
    if (sem_post(&sem) != 0 || sem_getvalue(&sem, &value) != 0)
        return 2;
    return value == 1 ? 0 : 3;
}

PROBE_BODY
{
    int value = -1;
    SETUP(sem_init(&sem, 1, 0));

    expect_child_exit(probe_spawn(poster, NULL), 0, "the child posting its copy (1 = its value not 1)");
    SETUP(sem_getvalue(&sem, &value));
    EXPECT_EQ(value, 0, "parent's value after the child posted the semaphore in private memory");
    EXPECT_ERRNO(sem_trywait(&sem), EAGAIN);
}
