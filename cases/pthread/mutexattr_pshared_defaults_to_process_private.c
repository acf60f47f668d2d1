#include "pshared.h"

PROBE(.claim     = "A freshly initialised mutex attribute object is PTHREAD_PROCESS_PRIVATE",
      .reference = "pthread_mutexattr_getpshared(3p) \"DESCRIPTION\" (\"The default value of the "
                   "attribute shall be PTHREAD_PROCESS_PRIVATE\")",
      .layer     = "libc",
      .how       = "pthread_mutexattr_init() then pthread_mutexattr_getpshared() must report "
                   "PTHREAD_PROCESS_PRIVATE.");

PROBE_BODY
{
    pthread_mutexattr_t attr;
    int pshared = -1;
    SETUP(pthread_mutexattr_init(&attr) == 0 ? 0 : -1);
    EXPECT_EQ(pthread_mutexattr_getpshared(&attr, &pshared), 0, "pthread_mutexattr_getpshared");
    EXPECT_EQ(pshared, PTHREAD_PROCESS_PRIVATE, "the default pshared (PTHREAD_PROCESS_PRIVATE = 0)");
}
