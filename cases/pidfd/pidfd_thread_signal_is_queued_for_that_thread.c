#include "pidfd.h"
#include <pthread.h>

PROBE(.claim     = "pidfd_send_signal() through a PIDFD_THREAD pidfd queues the signal for that "
                   "thread, not for the whole process",
      .reference = "pidfd_send_signal(2) \"DESCRIPTION\" (the scope follows the pidfd)",
      .since     = "6.9",
      .how       = "With SIGUSR1 blocked, a second thread reports its tid and waits. SIGUSR1 "
                   "sent through pidfd_open(tid, PIDFD_THREAD) with no flags (81b9d8ac0640 "
                   "\"pidfd: change pidfd_send_signal() to respect PIDFD_THREAD\", 6.9; EINVAL "
                   "for PIDFD_THREAD before: SKIP) must be pending for that thread (SigPnd of "
                   "/proc/<tid>/status), not process-wide (ShdPnd).");

static struct sig_gate gate;
static int tid_pipe[2];

static void *worker(void *arg)
{
    pid_t tid = gettid();
    if (write(tid_pipe[1], &tid, sizeof tid) == sizeof tid)
        sig_gate_wait(&gate, PROBE_BOUND_MS);
    return NULL;
}

PROBE_BODY
{
    pthread_t t;
    pid_t tid;
    sig_block(SIGUSR1); /* the thread inherits the mask */
    sig_gate_open(&gate);
    SETUP(pipe(tid_pipe));
    if (pthread_create(&t, NULL, worker, NULL) != 0)
        probe_error("pthread_create failed");
    SETUP(read(tid_pipe[0], &tid, sizeof tid));
    int fd = EXPECT_OK(SINCE(pidfd_open(tid, PIDFD_THREAD), EINVAL));

    EXPECT_OK(pidfd_send_signal(fd, SIGUSR1, NULL, 0));
    unsigned long long bit = 1ULL << (SIGUSR1 - 1);
    unsigned long long thread = pidfd_status_mask(tid, "SigPnd");
    unsigned long long shared = pidfd_status_mask(tid, "ShdPnd");
    sig_gate_pass(&gate);
    pthread_join(t, NULL);
    EXPECT_TRUE((thread & bit) && !(shared & bit), "expected SIGUSR1 pending for the thread "
                "only; observed SigPnd %016llx, ShdPnd %016llx", thread, shared);
}
