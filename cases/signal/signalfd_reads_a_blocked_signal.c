#include "signals.h"
#include <sys/signalfd.h>

PROBE(.claim     = "A signalfd for a blocked signal reads it as a signalfd_siginfo and consumes it",
      .reference = "signalfd(2) \"DESCRIPTION\"",
      .how       = "With SIGUSR2 blocked, a child sends it to the test process; read() on a signalfd "
                   "for SIGUSR2 must return one signalfd_siginfo with ssi_signo SIGUSR2 and ssi_pid = "
                   "the child, and the signal must no longer be pending.");

static int sender(void *arg) { return kill(getppid(), SIGUSR2) == 0 ? 0 : 1; }

PROBE_BODY
{
    sigset_t set;
    struct signalfd_siginfo si;
    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    sig_block(SIGUSR2);
    int fd = SETUP(signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK));
    pid_t child = probe_spawn(sender, NULL);
    expect_child_exit(child, 0, "the child's kill()");

    EXPECT_EQ(read(fd, &si, sizeof si), sizeof si, "bytes read from the signalfd");
    EXPECT_EQ(si.ssi_signo, SIGUSR2, "ssi_signo");
    EXPECT_EQ(si.ssi_pid, child, "ssi_pid");
    EXPECT_TRUE(!sig_is_pending(SIGUSR2), "expected SIGUSR2 consumed by the read; observed it pending");
}
