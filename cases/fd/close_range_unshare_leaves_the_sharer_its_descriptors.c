#include "pidfd.h"
#include <pthread.h>

PROBE(.claim     = "close_range() with CLOSE_RANGE_UNSHARE closes the range only in a private "
                   "copy of the descriptor table; a thread that shared it keeps them",
      .reference = "close_range(2) \"CLOSE_RANGE_UNSHARE\"",
      .since     = "5.9",
      .how       = "A thread (sharing the table) calls close_range(100, 101, "
                   "CLOSE_RANGE_UNSHARE) (60997c3d45d9 \"close_range: add "
                   "CLOSE_RANGE_UNSHARE\", 5.9; ENOSYS or EINVAL: SKIP): 100 and 101 must be "
                   "closed for that thread and still open for the main thread.");

static int thread_result; /* 0 ok, or errno of close_range, or -1: still open there */

static void *unsharer(void *arg)
{
    if (close_range(100, 101, CLOSE_RANGE_UNSHARE) != 0)
        thread_result = errno;
    else if (fcntl(100, F_GETFD) != -1 || fcntl(101, F_GETFD) != -1)
        thread_result = -1;
    return NULL;
}

PROBE_BODY
{
    int p[2];
    pthread_t t;
    SETUP(pipe(p));
    SETUP(dup2(p[0], 100));
    SETUP(dup2(p[0], 101));
    if (pthread_create(&t, NULL, unsharer, NULL) != 0)
        probe_error("pthread_create failed");
    pthread_join(t, NULL);

    if (thread_result == ENOSYS || thread_result == EINVAL)
        probe_skip_absent("close_range(CLOSE_RANGE_UNSHARE) failed with %s",
                          errno_name(thread_result));
    EXPECT_TRUE(thread_result == 0, "expected the thread's close_range to close 100 and 101 for "
                "it; observed %s", thread_result == -1 ? "they stayed open there"
                : errno_name(thread_result));
    EXPECT_TRUE(fcntl(100, F_GETFD) != -1 && fcntl(101, F_GETFD) != -1, "expected 100 and 101 "
                "still open in the main thread; observed one closed");
}
