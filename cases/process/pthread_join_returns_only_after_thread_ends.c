#include "probe.h"
#include <pthread.h>

PROBE(.claim     = "pthread_join() returns only after the thread has finished: a joiner stays "
                   "blocked while the thread is blocked, and no sleep is needed to wait for it",
      .reference = "pthread_join(3) \"DESCRIPTION\"",
      .seed      = "SEED-05",
      .kind      = "corrects",
      .how       = "Thread W blocks reading an empty pipe; thread J joins W. The oracle must see W "
                   "asleep in read() and J asleep in futex() (pthread_join's wait). One byte written "
                   "ends W; J's join then returns W's result. The tutorial sleeps instead.");

static int data[2], tids[2];

static void *worker(void *arg)
{
    char c = 0;
    pid_t self = gettid();
    write(tids[1], &self, sizeof self);
    read(data[0], &c, 1);
    return (void *)(long)c;
}

static void *joiner(void *w)
{
    void *result = NULL;
    pid_t self = gettid();
    write(tids[1], &self, sizeof self);
    pthread_join(*(pthread_t *)w, &result);
    return result;
}

PROBE_BODY
{
    pthread_t w, j;
    pid_t wtid, jtid;
    char seen[128];
    void *result = NULL;
    SETUP(pipe(data));
    SETUP(pipe(tids));
    EXPECT_EQ(pthread_create(&w, NULL, worker, NULL), 0, "pthread_create(worker)");
    SETUP(read(tids[0], &wtid, sizeof wtid));
    EXPECT_EQ(pthread_create(&j, NULL, joiner, &w), 0, "pthread_create(joiner)");
    SETUP(read(tids[0], &jtid, sizeof jtid));

    if (probe_wait_blocked(getpid(), wtid, SYS_read, PROBE_BOUND_MS, seen, sizeof seen))
        probe_error("the worker thread did not block in read(): %s", seen);
    if (probe_wait_blocked(getpid(), jtid, SYS_futex, PROBE_BOUND_MS, seen, sizeof seen))
        probe_fail("expected pthread_join() to block while the thread is blocked in read(); "
                   "observed the joiner %s", seen);
    SETUP(write(data[1], "x", 1));
    EXPECT_EQ(pthread_join(j, &result), 0, "pthread_join(joiner)");
    EXPECT_EQ((long)result, 'x', "the worker's result handed back by pthread_join()");
}
