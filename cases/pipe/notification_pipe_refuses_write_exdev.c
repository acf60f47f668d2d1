#include "probe.h"
#include <fcntl.h>

#ifndef O_NOTIFICATION_PIPE
#define O_NOTIFICATION_PIPE O_EXCL /* <linux/watch_queue.h>; glibc 2.36 lacks it */
#endif

PROBE(.claim     = "A pipe made with pipe2(O_NOTIFICATION_PIPE) takes notifications from the "
                   "kernel only: write() to it fails with EXDEV",
      .reference = "pipe(2) \"O_NOTIFICATION_PIPE\"; Documentation/core-api/watch_queue.rst; "
                   "fs/pipe.c pipe_write()",
      .how       = "pipe2(O_NOTIFICATION_PIPE) must make a pipe whose write end refuses one byte "
                   "with EXDEV. SKIP before Linux 5.8 (the flag is unknown: EINVAL) and on a "
                   "kernel built without CONFIG_WATCH_QUEUE (ENOPKG).",
      .since     = "5.8");

PROBE_BODY
{
    int fd[2];
    int made = pipe2(fd, O_NOTIFICATION_PIPE | O_CLOEXEC);
    if (made == -1 && errno == ENOPKG)
        probe_skip("the kernel is built without CONFIG_WATCH_QUEUE: pipe2(O_NOTIFICATION_PIPE) "
                   "failed with ENOPKG");
    EXPECT_OK(SINCE(made, EINVAL));
    EXPECT_ERRNO(write(fd[1], "x", 1), EXDEV);
}
