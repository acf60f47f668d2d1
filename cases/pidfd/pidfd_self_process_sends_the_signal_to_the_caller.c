#include "pidfd.h"

PROBE(.claim     = "pidfd_send_signal() to the sentinel PIDFD_SELF_PROCESS signals the calling "
                   "process itself",
      .reference = "include/uapi/linux/pidfd.h \"PIDFD_SELF_PROCESS\"; pidfd_send_signal(2)",
      .since     = "6.15",
      .how       = "With SIGUSR1 blocked, pidfd_send_signal(PIDFD_SELF_THREAD_GROUP, SIGUSR1) "
                   "(f08d0c3a7111 \"pidfd: add PIDFD_SELF* sentinels to refer to own "
                   "thread/process\", 6.15; EBADF before, the sentinel being no descriptor: "
                   "SKIP) must leave SIGUSR1 pending for the caller, and sigtimedwait takes it.");

PROBE_BODY
{
    sig_block(SIGUSR1);

    EXPECT_OK(SINCE(pidfd_send_signal(PIDFD_SELF_THREAD_GROUP, SIGUSR1, NULL, 0), EBADF));
    EXPECT_TRUE(sig_is_pending(SIGUSR1), "expected SIGUSR1 pending for the caller; observed "
                "it is not");
    EXPECT_EQ(sig_wait(SIGUSR1, 0, NULL), SIGUSR1, "the signal sigtimedwait takes");
}
