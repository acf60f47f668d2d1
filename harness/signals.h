/*
 * signals.h — plumbing shared by the signal probes (cases/signal/).
 *
 * Handlers only touch volatile sig_atomic_t; probes judge afterwards. Every wait is bounded.
 */
#ifndef IPCPROBE_SIGNALS_H
#define IPCPROBE_SIGNALS_H
#include "probe.h"
#include <signal.h>
#include <sys/wait.h>

/* Per-signal delivery counts and facts kept by sig_catch()'s handlers. */
#define SIG_SLOTS 129
extern volatile sig_atomic_t sig_count[SIG_SLOTS]; /* deliveries of each signal */
extern volatile sig_atomic_t sig_last_arg;          /* the int argument of the last handler run */
extern volatile sig_atomic_t sig_depth_max;         /* deepest nesting of handlers seen */
extern volatile sig_atomic_t sig_notify_fd;         /* if >= 0, each handler run writes its signo here */

/* Install a counting handler for sig with these sa_flags (SA_SIGINFO picks the 3-arg form,
 * which also records the siginfo below); ERROR if sigaction fails. */
void sig_catch(int sig, int flags);
extern siginfo_t sig_info;                         /* the last siginfo (SA_SIGINFO only) */
/* A handler that re-raises its signal once while running (for SA_NODEFER probes). */
void sig_catch_reraising(int sig, int flags);

void sig_block(int sig);   /* add sig to the mask (ERROR on failure) */
void sig_unblock(int sig); /* remove sig from the mask */
int sig_is_pending(int sig);
int sig_is_blocked(int sig);
/* sigtimedwait for sig (which the caller has blocked) for at most ms (scaled):
 * the signal number, or -1 with errno (EAGAIN at the bound). */
int sig_wait(int sig, int ms, siginfo_t *info);

/* A child that blocks sig, tells the parent it is ready, then waits for sig at most the
 * bound: exits 0 if sig arrived, 1 if not. The parent returns once the child is ready. */
pid_t sig_spawn_receiver(int sig);
/* Same, but the child first runs setup(arg) (e.g. setpgid); setup returning non-zero exits 3. */
pid_t sig_spawn_receiver_with(int sig, int (*setup)(void *), void *arg);

/* Children: wait until the parent writes one byte to a ready pipe (bounded). */
struct sig_gate { int fd[2]; };
void sig_gate_open(struct sig_gate *g);           /* set up before fork (ERROR on failure) */
void sig_gate_pass(struct sig_gate *g);           /* release (write one byte) */
int sig_gate_wait(struct sig_gate *g, int ms);    /* 0 once passed, -1 at the bound */

/* waitpid(WUNTRACED) with a bound: the child's status once it has stopped (or ended),
 * -1 if it is still running after ms (scaled). The child is left as it is. */
int sig_wait_stopped(pid_t pid, int ms);

/* FAIL unless sig can be neither caught nor ignored: sigaction() with a handler and with
 * SIG_IGN fail with EINVAL, and signal(sig, SIG_IGN) returns SIG_ERR with EINVAL. */
void expect_cannot_be_caught_or_ignored(int sig);

/* A child that asks to ignore sig (refused, or so the claim goes) and then waits forever. */
pid_t sig_spawn_stubborn(int sig);

/* SIG_SYS_PAUSE, SIG_SYS_SLEEP (the calls libc's pause and sleep enter): harness/oracle.h. */

#endif
