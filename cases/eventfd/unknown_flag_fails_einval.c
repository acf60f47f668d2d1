#include <fcntl.h>
#include "eventfd.h"

PROBE(.claim     = "eventfd() with a flag it does not know fails with EINVAL",
      .reference = "eventfd(2) \"ERRORS\" (EINVAL: \"An unsupported value was specified in "
                   "flags\")",
      .how       = "Call eventfd(0, O_APPEND), a flag outside EFD_CLOEXEC|EFD_NONBLOCK|"
                   "EFD_SEMAPHORE: it must fail with EINVAL.");

PROBE_BODY
{
    EXPECT_ERRNO(eventfd(0, O_APPEND), EINVAL);
}
