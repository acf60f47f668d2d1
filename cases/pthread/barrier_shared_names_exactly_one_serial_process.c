#include "pshared.h"
#include <sys/wait.h>

PROBE(.claim     = "A process-shared barrier returns PTHREAD_BARRIER_SERIAL_THREAD to exactly one "
                   "of the processes it releases and 0 to the others",
      .reference = "pthread_barrier_wait(3p) \"RETURN VALUE\"",
      .layer     = "libc",
      .how       = "Two forked children and the probe meet at a process-shared barrier of count "
                   "3; each child exits 10 for PTHREAD_BARRIER_SERIAL_THREAD and 0 for 0. Of the "
                   "three results exactly one must be SERIAL.");

static struct pshared_area *a;

static int arriver(void *arg)
{
    int r = pthread_barrier_wait(&a->barrier);
    return r == PTHREAD_BARRIER_SERIAL_THREAD ? 10 : r == 0 ? 0 : 1;
}

PROBE_BODY
{
    a = pshared_anon();
    pshared_barrier(&a->barrier, 3);
    pid_t child[2] = { probe_spawn(arriver, NULL), probe_spawn(arriver, NULL) };
    int r = pthread_barrier_wait(&a->barrier), serial = r == PTHREAD_BARRIER_SERIAL_THREAD;
    EXPECT_TRUE(r == 0 || serial, "expected the probe's barrier wait to give 0 or SERIAL; observed %d", r);

    for (int i = 0; i < 2; i++) {
        int status = probe_reap(child[i], PROBE_BOUND_MS);
        EXPECT_TRUE(WIFEXITED(status) && (WEXITSTATUS(status) == 0 || WEXITSTATUS(status) == 10),
                    "expected child %d to exit 0 or 10; observed %s", i + 1, describe_status(status));
        serial += WEXITSTATUS(status) == 10;
    }
    EXPECT_EQ(serial, 1, "processes given PTHREAD_BARRIER_SERIAL_THREAD");
}
