/* Plumbing for the asynchronous-signal probes: see async.h. */
#include "async.h"
#include <limits.h>
#include <stdlib.h>
#include <sys/resource.h>

void async_own(int fd, pid_t owner, int sig)
{
    SETUP(fcntl(fd, F_SETOWN, owner));
    if (sig)
        SETUP(fcntl(fd, F_SETSIG, sig));
    SETUP(fcntl(fd, F_SETFL, SETUP(fcntl(fd, F_GETFL)) | O_ASYNC));
}

timer_t async_timer(int sig, int value)
{
    timer_t t;
    struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = sig,
                           .sigev_value.sival_int = value };
    SETUP(timer_create(CLOCK_MONOTONIC, &ev, &t));
    return t;
}

void async_arm(timer_t t, long long first_ns, long long interval_ns)
{
    struct itimerspec its = { .it_value = { first_ns / 1000000000, first_ns % 1000000000 },
                              .it_interval = { interval_ns / 1000000000, interval_ns % 1000000000 } };
    SETUP(timer_settime(t, 0, &its, NULL));
}

void async_expect_pipe_signal(int p[2], int sig, siginfo_t *info)
{
    sig_block(sig);
    sig_block(SIGIO); /* a plain SIGIO sent in its place must not kill the probe */
    SETUP(pipe(p));
    async_own(p[0], getpid(), sig);
    SETUP(write(p[1], "x", 1));
    int got = sig_wait(sig, PROBE_BOUND_MS, info);
    if (got != sig)
        probe_fail("expected %s after a byte was written to the O_ASYNC pipe; observed %s",
                   signal_name(sig), got > 0 ? signal_name(got) : "no signal within the bound");
}

timer_t async_let_timer_overrun(siginfo_t *info)
{
    sig_block(SIGRTMIN);
    sig_block(SIGRTMIN + 1);
    timer_t periodic = async_timer(SIGRTMIN, 1), later = async_timer(SIGRTMIN + 1, 2);
    async_arm(periodic, 100000, 100000);
    async_arm(later, 3000000, 0);
    EXPECT_EQ(sig_wait(SIGRTMIN + 1, PROBE_BOUND_MS, NULL), SIGRTMIN + 1, "the 3 ms timer's signal");
    EXPECT_EQ(sig_wait(SIGRTMIN, 0, info), SIGRTMIN, "the periodic timer's pending signal");
    timer_delete(later);
    return periodic;
}

static char *alt;
static size_t alt_size;

void async_altstack(void)
{
    alt_size = 4 * (size_t)SIGSTKSZ;
    alt = SETUP_PTR(malloc(alt_size), NULL);
    stack_t ss = { .ss_sp = alt, .ss_size = alt_size };
    SETUP(sigaltstack(&ss, NULL));
}

int async_on_altstack(const void *p)
{
    return alt && (const char *)p >= alt && (const char *)p < alt + alt_size;
}

static void (*inside_fn)(void);
static volatile sig_atomic_t inside_ran;

static void run_inside(int sig)
{
    inside_fn();
    inside_ran = 1;
}

void async_in_handler(int sa_flags, void (*fn)(void))
{
    struct sigaction sa = { .sa_handler = run_inside, .sa_flags = sa_flags };
    async_altstack();
    inside_fn = fn;
    inside_ran = 0;
    SETUP(sigaction(SIGUSR1, &sa, NULL));
    SETUP(raise(SIGUSR1));
    if (!inside_ran)
        probe_fail("expected the SIGUSR1 handler to have run by the time raise() returned; "
                   "observed it did not");
}

static int recurse(int depth)
{
    volatile char frame[1024];
    frame[0] = (char)depth;
    if (depth == INT_MAX)
        return 0;
    return recurse(depth + 1) + frame[0];
}

void async_overflow_stack(void)
{
    setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 }); /* a death by SIGSEGV leaves no core file */
    setrlimit(RLIMIT_STACK, &(struct rlimit){ 256 << 10, 256 << 10 });
    recurse(0);
}
