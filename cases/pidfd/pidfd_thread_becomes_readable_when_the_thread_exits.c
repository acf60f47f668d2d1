#include "pidfd.h"
#include <pthread.h>

PROBE(.claim     = "pidfd_open(tid, PIDFD_THREAD) refers to one thread: it becomes readable "
                   "when that thread exits while the process still runs",
      .reference = "pidfd_open(2) \"PIDFD_THREAD\"",
      .since     = "6.9",
      .how       = "A second thread reports its tid and waits to be released. "
                   "pidfd_open(tid, PIDFD_THREAD) (64bef697d33b \"pidfd: implement "
                   "PIDFD_THREAD flag for pidfd_open()\", 6.9; EINVAL before: SKIP) must not "
                   "be readable while it runs and must be readable (poll POLLIN) once it "
                   "exited, while the process's own pidfd stays unreadable.");

static struct sig_gate gate;
static int tid_pipe[2];

static void *worker(void *arg)
{
    pid_t tid = gettid();
    if (write(tid_pipe[1], &tid, sizeof tid) != sizeof tid)
        return NULL;
    sig_gate_wait(&gate, PROBE_BOUND_MS);
    return NULL;
}

PROBE_BODY
{
    pthread_t t;
    pid_t tid;
    sig_gate_open(&gate);
    SETUP(pipe(tid_pipe));
    if (pthread_create(&t, NULL, worker, NULL) != 0)
        probe_error("pthread_create failed");
    SETUP(read(tid_pipe[0], &tid, sizeof tid));

    int thread_fd = EXPECT_OK(SINCE(pidfd_open(tid, PIDFD_THREAD), EINVAL));
    int process_fd = EXPECT_OK(pidfd_open(getpid(), 0));
    EXPECT_EQ(pidfd_readable(thread_fd, 0), 0, "POLLIN on the pidfd of a running thread");
    sig_gate_pass(&gate);
    pthread_join(t, NULL);
    EXPECT_EQ(pidfd_readable(thread_fd, PROBE_BOUND_MS), 1,
              "POLLIN on the PIDFD_THREAD pidfd after its thread exited");
    EXPECT_EQ(pidfd_readable(process_fd, 0), 0, "POLLIN on the pidfd of the (running) process");
}
