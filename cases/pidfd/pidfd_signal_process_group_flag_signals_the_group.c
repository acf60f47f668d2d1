#include "pidfd.h"
#include <sys/wait.h>

PROBE(.claim     = "pidfd_send_signal() with PIDFD_SIGNAL_PROCESS_GROUP sends the signal to "
                   "every process of the process group the pidfd names (its process leads it)",
      .reference = "pidfd_send_signal(2) \"PIDFD_SIGNAL_PROCESS_GROUP\"",
      .since     = "6.9",
      .how       = "A child leads a new process group holding a grandchild; both have SIGUSR1 "
                   "blocked. SIGUSR1 sent through the child's pidfd with "
                   "PIDFD_SIGNAL_PROCESS_GROUP (e1fb1dc08e73, 6.9; EINVAL before: SKIP) must be "
                   "pending (ShdPnd) in both, not only in the process the pidfd names.");

static struct sig_gate gate;
static int report[2];

static int leader(void *arg)
{
    if (setpgid(0, 0) != 0)
        return 2;
    pid_t member = fork();
    if (member == 0) {
        sig_gate_wait(&gate, PROBE_BOUND_MS);
        _exit(0);
    }
    if (member == -1 || write(report[1], &member, sizeof member) != sizeof member)
        return 3;
    sig_gate_wait(&gate, PROBE_BOUND_MS);
    int status;
    return waitpid(member, &status, 0) == member && WIFEXITED(status) ? 0 : 4;
}

PROBE_BODY
{
    pid_t member;
    sig_gate_open(&gate);
    SETUP(pipe(report));
    sig_block(SIGUSR1);
    pid_t child = probe_spawn(leader, NULL);
    close(report[1]); /* a child that dies unreported gives end of file, not a hang */
    sig_unblock(SIGUSR1);
    int fd = EXPECT_OK(SINCE(pidfd_open(child, 0), 0));
    EXPECT_TRUE(read(report[0], &member, sizeof member) == sizeof member,
                "expected the child to report its group member; observed nothing");

    EXPECT_OK(SINCE(pidfd_send_signal(fd, SIGUSR1, NULL, PIDFD_SIGNAL_PROCESS_GROUP), EINVAL));
    unsigned long long bit = 1ULL << (SIGUSR1 - 1);
    unsigned long long at_leader = pidfd_status_mask(child, "ShdPnd");
    unsigned long long at_member = pidfd_status_mask(member, "ShdPnd");
    sig_gate_pass(&gate);
    sig_gate_pass(&gate);
    expect_child_exit(child, 0, "the group leader");
    EXPECT_TRUE((at_leader & bit) && (at_member & bit), "expected SIGUSR1 pending in the "
                "leader and the other member; observed ShdPnd %016llx and %016llx",
                at_leader, at_member);
}
