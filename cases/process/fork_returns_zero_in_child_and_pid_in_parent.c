#include "probe.h"

PROBE(.claim     = "fork() returns 0 in the child and the child's process id in the parent",
      .reference = "fork(2) \"RETURN VALUE\"",
      .seed      = "SEED-03",
      .kind      = "confirms",
      .how       = "The child sends getpid() through a pipe only if fork() returned 0 there; the "
                   "parent requires fork()'s return value to equal the pid the child sent.");

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    pid_t pid = fork();
    if (pid == 0) {
        pid_t self = getpid();
        _exit(write(fd[1], &self, sizeof self) == sizeof self ? 0 : 1);
    }
    EXPECT_OK(pid);
    close(fd[1]);

    pid_t reported = 0;
    ssize_t n = read(fd[0], &reported, sizeof reported); /* EOF if the child sent nothing */
    EXPECT_TRUE(n == sizeof reported,
                "expected the child (fork() == 0) to send its pid; observed no pid (fork() "
                "returned %d in the parent; in the child it was not 0)", (int)pid);
    EXPECT_EQ(pid, reported, "fork()'s return in the parent vs the child's getpid()");
    expect_child_exit(pid, 0, "the child");
}
