#include "pshared.h"
#include <signal.h>

PROBE(.claim     = "A process-private mutex (the default) placed in shared memory does not "
                   "synchronise processes: its unlock does not wake a waiter in another process",
      .reference = "pthread_mutexattr_setpshared(3) \"DESCRIPTION\" (PTHREAD_PROCESS_PRIVATE); "
                   "futex(2) \"FUTEX_PRIVATE_FLAG\"",
      .layer     = "libc",
      .how       = "A mutex made with default attributes in MAP_SHARED memory is locked by the "
                   "probe; a forked child's lock must sleep in futex(). The probe unlocks: a "
                   "futex wake sets its target running before the call returns, yet the child "
                   "must still be asleep in futex() right after (the private wake looked in the "
                   "probe's own address space). The child is then killed.");

static struct pshared_area *a;

static int locker(void *arg)
{
    pthread_mutex_lock(&a->mutex);
    return 0;
}

PROBE_BODY
{
    char seen[128];
    a = pshared_anon();
    SETUP(pthread_mutex_init(&a->mutex, NULL) == 0 ? 0 : -1);
    EXPECT_EQ(pthread_mutex_lock(&a->mutex), 0, "pthread_mutex_lock by the probe");
    pid_t child = probe_spawn(locker, NULL);
    expect_in_futex(child, "pthread_mutex_lock() in the child");

    EXPECT_EQ(pthread_mutex_unlock(&a->mutex), 0, "pthread_mutex_unlock by the probe");
    EXPECT_TRUE(pshared_in_futex(child, seen, sizeof seen),
                "expected the child still asleep in futex() after the probe's unlock; observed %s",
                seen);
    SETUP(kill(child, SIGKILL));
    expect_child_killed_by(child, SIGKILL, "the child, killed");
}
