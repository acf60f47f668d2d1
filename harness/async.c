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

void async_arm(timer_t t, long first_ns, long interval_ns)
{
    struct itimerspec its = { .it_value = { first_ns / 1000000000, first_ns % 1000000000 },
                              .it_interval = { interval_ns / 1000000000, interval_ns % 1000000000 } };
    SETUP(timer_settime(t, 0, &its, NULL));
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
