#include "pshared.h"

PROBE(.claim     = "A freshly initialised mutex attribute object is PTHREAD_MUTEX_STALLED (not robust)",
      .reference = "pthread_mutexattr_setrobust(3) \"DESCRIPTION\" (PTHREAD_MUTEX_STALLED: \"the "
                   "default value\")",
      .layer     = "libc",
      .how       = "pthread_mutexattr_init() then pthread_mutexattr_getrobust() must report "
                   "PTHREAD_MUTEX_STALLED.");

PROBE_BODY
{
    pthread_mutexattr_t attr;
    int robust = -1;
    SETUP(pthread_mutexattr_init(&attr) == 0 ? 0 : -1);
    EXPECT_EQ(pthread_mutexattr_getrobust(&attr, &robust), 0, "pthread_mutexattr_getrobust");
    EXPECT_EQ(robust, PTHREAD_MUTEX_STALLED, "the default robustness (PTHREAD_MUTEX_STALLED = 0)");
}
