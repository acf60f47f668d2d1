/* Plumbing for the signal probes: counting handlers, masks, bounded waits, receivers. */
#include "signals.h"
#include <poll.h>
#include <sched.h>
#include <time.h>

volatile sig_atomic_t sig_count[SIG_SLOTS];
volatile sig_atomic_t sig_last_arg;
volatile sig_atomic_t sig_depth_max;
volatile sig_atomic_t sig_notify_fd = -1;
siginfo_t sig_info;
static volatile sig_atomic_t depth, reraise_left;

static void note(int sig)
{
    int saved = errno;
    if (++depth > sig_depth_max)
        sig_depth_max = depth;
    sig_last_arg = sig;
    if (sig > 0 && sig < SIG_SLOTS)
        sig_count[sig]++;
    if (sig_notify_fd >= 0) {
        char c = (char)sig;
        if (write(sig_notify_fd, &c, 1) != 1) { /* nothing to do in a handler */ }
    }
    if (reraise_left > 0) {
        reraise_left--;
        raise(sig);
    }
    depth--;
    errno = saved;
}

static void on_signal(int sig) { note(sig); }

static void on_siginfo(int sig, siginfo_t *info, void *ctx)
{
    (void)ctx;
    sig_info = *info;
    note(sig);
}

void sig_catch(int sig, int flags)
{
    struct sigaction sa = { .sa_flags = flags };
    sigemptyset(&sa.sa_mask);
    if (flags & SA_SIGINFO)
        sa.sa_sigaction = on_siginfo;
    else
        sa.sa_handler = on_signal;
    if (sigaction(sig, &sa, NULL) != 0)
        probe_error("sigaction(%s) failed: %s", signal_name(sig), errno_name(errno));
}

void sig_catch_reraising(int sig, int flags)
{
    reraise_left = 1;
    sig_catch(sig, flags);
}

static void change_mask(int how, int sig)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    if (sigprocmask(how, &set, NULL) != 0)
        probe_error("sigprocmask(%s) failed: %s", signal_name(sig), errno_name(errno));
}

void sig_block(int sig) { change_mask(SIG_BLOCK, sig); }
void sig_unblock(int sig) { change_mask(SIG_UNBLOCK, sig); }

int sig_is_pending(int sig)
{
    sigset_t set;
    if (sigpending(&set) != 0)
        probe_error("sigpending failed: %s", errno_name(errno));
    return sigismember(&set, sig) == 1;
}

int sig_is_blocked(int sig)
{
    sigset_t set;
    if (sigprocmask(SIG_BLOCK, NULL, &set) != 0)
        probe_error("sigprocmask(query) failed: %s", errno_name(errno));
    return sigismember(&set, sig) == 1;
}

int sig_wait(int sig, int ms, siginfo_t *info)
{
    sigset_t set;
    siginfo_t dummy;
    long long deadline = probe_now_ms() + probe_ms(ms);
    sigemptyset(&set);
    sigaddset(&set, sig);
    for (;;) {
        long long left = deadline - probe_now_ms();
        if (left < 0)
            left = 0;
        struct timespec ts = { left / 1000, (left % 1000) * 1000000 };
        siginfo_t *filled = info ? info : &dummy;
        PROBE_POISON(*filled);
        int r = sigtimedwait(&set, filled, &ts);
        if (r != -1 || errno != EINTR)
            return r;
    }
}

void sig_gate_open(struct sig_gate *g)
{
    if (pipe(g->fd) != 0)
        probe_error("pipe failed: %s", errno_name(errno));
}

void sig_gate_pass(struct sig_gate *g)
{
    if (write(g->fd[1], "", 1) != 1)
        probe_error("write to the gate failed: %s", errno_name(errno));
}

int sig_gate_wait(struct sig_gate *g, int ms)
{
    struct pollfd p = { .fd = g->fd[0], .events = POLLIN };
    long long deadline = probe_now_ms() + probe_ms(ms);
    char c;
    for (;;) {
        long long left = deadline - probe_now_ms();
        if (left < 0)
            return -1;
        int r = poll(&p, 1, (int)left);
        if (r == 1)
            return read(g->fd[0], &c, 1) == 1 ? 0 : -1;
        if (r == 0 || errno != EINTR)
            return -1;
    }
}

pid_t sig_spawn_receiver_with(int sig, int (*setup)(void *), void *arg)
{
    struct sig_gate ready;
    sig_gate_open(&ready);
    pid_t pid = probe_fork();
    if (pid == 0) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, sig);
        if (sigprocmask(SIG_BLOCK, &set, NULL) != 0)
            _exit(2);
        if (setup && setup(arg) != 0)
            _exit(3);
        sig_gate_pass(&ready);
        _exit(sig_wait(sig, PROBE_BOUND_MS, NULL) == sig ? 0 : 1);
    }
    if (sig_gate_wait(&ready, PROBE_BOUND_MS) != 0)
        probe_error("the receiver child did not get ready");
    close(ready.fd[0]);
    close(ready.fd[1]);
    return pid;
}

pid_t sig_spawn_receiver(int sig) { return sig_spawn_receiver_with(sig, NULL, NULL); }

int sig_wait_stopped(pid_t pid, int ms)
{
    long long deadline = probe_now_ms() + probe_ms(ms);
    int status;
    do {
        pid_t r = waitpid(pid, &status, WNOHANG | WUNTRACED);
        if (r == pid)
            return status;
        if (r == -1)
            probe_error("waitpid(%d) failed: %s", (int)pid, errno_name(errno));
        sched_yield();
    } while (probe_now_ms() < deadline);
    return -1;
}

static void no_op(int sig) { (void)sig; }

static void expect_sigaction_refused(int sig, void (*handler)(int), const char *what)
{
    struct sigaction sa = { .sa_handler = handler };
    sigemptyset(&sa.sa_mask);
    int r = sigaction(sig, &sa, NULL), err = errno;
    if (r != -1 || err != EINVAL)
        probe_fail("sigaction(%s, %s): expected -1/EINVAL; observed %s", signal_name(sig), what,
                   r != -1 ? "success" : errno_name(err));
}

void expect_cannot_be_caught_or_ignored(int sig)
{
    expect_sigaction_refused(sig, no_op, "a handler");
    expect_sigaction_refused(sig, SIG_IGN, "SIG_IGN");
    errno = 0;
    sighandler_t r = signal(sig, SIG_IGN);
    int err = errno;
    if (r != SIG_ERR || err != EINVAL)
        probe_fail("signal(%s, SIG_IGN): expected SIG_ERR/EINVAL; observed %s/%s",
                   signal_name(sig), r == SIG_ERR ? "SIG_ERR" : "another value", errno_name(err));
}

static int stubborn_sig;

static int stubborn(void *arg)
{
    signal(stubborn_sig, SIG_IGN);
    for (;;)
        pause();
    return 0;
}

pid_t sig_spawn_stubborn(int sig)
{
    stubborn_sig = sig;
    return probe_spawn(stubborn, NULL);
}
