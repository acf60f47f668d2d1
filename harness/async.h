/*
 * async.h — plumbing for the asynchronous-signal probes (cases/async/): descriptors that
 * signal their owner (O_ASYNC, F_SETOWN, F_SETSIG), POSIX timers, an alternate signal stack.
 * Counting handlers, masks and bounded waits come from signals.h.
 * Set-up failures end the probe with ERROR; the calls under test are left to the probe.
 */
#ifndef IPCPROBE_ASYNC_H
#define IPCPROBE_ASYNC_H
#include "signals.h"
#include <fcntl.h>
#include <time.h>

/* Make fd signal `owner` when it becomes ready: F_SETOWN owner, F_SETSIG sig (0: plain
 * SIGIO), then O_ASYNC on. */
void async_own(int fd, pid_t owner, int sig);

/* A pipe whose read end sends `sig` (F_SETOWN this process, F_SETSIG sig, O_ASYNC), with sig
 * and SIGIO blocked; one byte is written. FAIL unless sig then arrives (bounded); its
 * siginfo goes to *info. */
void async_expect_pipe_signal(int p[2], int sig, siginfo_t *info);

/* A POSIX timer on CLOCK_MONOTONIC that sends sig with sival_int `value` (SIGEV_SIGNAL). */
timer_t async_timer(int sig, int value);
/* Arm it: first expiry after first_ns, then every interval_ns (0: once). */
void async_arm(timer_t t, long long first_ns, long long interval_ns);

/* With SIGRTMIN and SIGRTMIN+1 blocked, a timer sends SIGRTMIN every 100 us and a one-shot
 * timer SIGRTMIN+1 after 3 ms; once SIGRTMIN+1 has arrived, the pending SIGRTMIN is taken
 * into *info (FAIL when either is missing). Returns the periodic timer, still armed. */
timer_t async_let_timer_overrun(siginfo_t *info);

/* An alternate signal stack for this thread (sigaltstack); async_on_altstack(p) says whether
 * address p lies in it. */
void async_altstack(void);
int async_on_altstack(const void *p);
/* Set up an alternate stack, then run fn() inside a SIGUSR1 handler installed with sa_flags
 * (SA_ONSTACK or 0) and raised; FAIL unless the handler ran. */
void async_in_handler(int sa_flags, void (*fn)(void));

/* In a child: lower the stack limit to 256 KiB (and the core limit to 0) and recurse until the stack overflows
 * (SIGSEGV). Returns only if it never does. */
void async_overflow_stack(void);

#endif
