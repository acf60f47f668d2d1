#include "probe.h"
#include "process.h"
#include <signal.h>
#include <sys/wait.h>

PROBE(.claim     = "When a child ends the parent gets SIGCHLD, and wait(NULL) called in the "
                   "SIGCHLD handler reaps the child",
      .reference = "wait(2) \"NOTES\"; signal-safety(7) (wait is async-signal-safe)",
      .seed      = "SEED-38",
      .kind      = "confirms",
      .how       = "With SIGCHLD blocked, a child exits and becomes a zombie; unblocking SIGCHLD runs "
                   "the handler at once, which calls wait(NULL). It must have returned the child's "
                   "pid, and the zombie must be gone.");

static volatile sig_atomic_t reaped = -2;

static void on_sigchld(int sig)
{
    int saved = errno;
    reaped = wait(NULL);
    errno = saved;
}

PROBE_BODY
{
    char last;
    sigset_t chld;
    sigemptyset(&chld);
    sigaddset(&chld, SIGCHLD);
    SETUP(sigaction(SIGCHLD, &(struct sigaction){ .sa_handler = on_sigchld }, NULL));
    SETUP(sigprocmask(SIG_BLOCK, &chld, NULL));
    pid_t pid = probe_fork();
    if (pid == 0)
        _exit(0);
    if (process_wait_state(pid, 'Z', PROBE_BOUND_MS, &last))
        probe_error("the child did not become a zombie: state %c", last);
    SETUP(sigprocmask(SIG_UNBLOCK, &chld, NULL)); /* the pending SIGCHLD is delivered here */
    EXPECT_TRUE(reaped == pid, "expected the SIGCHLD handler's wait(NULL) to return %d; observed %d "
                "(-2: the handler did not run)", (int)pid, (int)reaped);
    EXPECT_TRUE(process_state(pid) == 0,
                "expected the reaped child gone from /proc; observed state %c", process_state(pid));
}
