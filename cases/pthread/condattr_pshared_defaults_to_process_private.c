#include "pshared.h"

PROBE(.claim     = "A freshly initialised condition variable attribute object is "
                   "PTHREAD_PROCESS_PRIVATE",
      .reference = "pthread_condattr_getpshared(3p) \"DESCRIPTION\" (\"The default value of the "
                   "attribute is PTHREAD_PROCESS_PRIVATE\")",
      .layer     = "libc",
      .how       = "pthread_condattr_init() then pthread_condattr_getpshared() must report "
                   "PTHREAD_PROCESS_PRIVATE.");

PROBE_BODY
{
    pthread_condattr_t attr;
    int pshared = -1;
    SETUP(pthread_condattr_init(&attr) == 0 ? 0 : -1);
    EXPECT_EQ(pthread_condattr_getpshared(&attr, &pshared), 0, "pthread_condattr_getpshared");
    EXPECT_EQ(pshared, PTHREAD_PROCESS_PRIVATE, "the default pshared (PTHREAD_PROCESS_PRIVATE = 0)");
}
