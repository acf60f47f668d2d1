#include "pidfd.h"
#include <stdio.h>

PROBE(.claim     = "pidfd_send_signal() through an open /proc/<pid> directory delivers the "
                   "signal to that process",
      .reference = "pidfd_send_signal(2) \"DESCRIPTION\", \"NOTES\"",
      .since     = "5.1",
      .how       = "A child blocks SIGUSR1 and waits for it (bounded sigtimedwait); the test "
                   "opens /proc/<child> (the only pidfd 5.1 had: 3eb39f47934f \"signal: add "
                   "pidfd_send_signal() syscall\") and sends SIGUSR1 through it. The child must "
                   "exit 0 (it received the signal). ENOSYS: SKIP.");

PROBE_BODY
{
    pid_t child = sig_spawn_receiver(SIGUSR1);
    char dir[64];
    snprintf(dir, sizeof dir, "/proc/%d", (int)child);
    int fd = SETUP(open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC));

    EXPECT_OK(SINCE(pidfd_send_signal(fd, SIGUSR1, NULL, 0), 0));
    expect_child_exit(child, 0, "the child waiting for SIGUSR1 (1 = it never came)");
}
