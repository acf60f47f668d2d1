/*
 * futex.h — plumbing for the futex probes (cases/futex/): futex words in a shared mapping
 * that children forked later also see, and the futex calls glibc 2.36 has no wrapper for
 * (made through syscall(), which the mutants interpose). The words are 32 bits, the calls
 * shared (no FUTEX_PRIVATE_FLAG): the waiter and the waker are different processes.
 */
#ifndef IPCPROBE_FUTEX_H
#define IPCPROBE_FUTEX_H
#include "probe.h"
#include <time.h>

/* `n` zeroed 32-bit words in a MAP_SHARED anonymous page (ERROR if it cannot be mapped). */
uint32_t *futex_shared_words(int n);

/* FUTEX_WAIT on `word` while it holds `val`, no timeout: futex(2)'s result. */
long futex_wait_on(uint32_t *word, uint32_t val);
/* FUTEX_WAKE of up to `n` waiters on `word`: the number woken, or -1. */
long futex_wake_on(uint32_t *word, int n);
/* futex_waitv(2) on words[0..n) each expected to hold 0, no timeout: the index of the word
 * woken, or -1 (EAGAIN when one of them does not hold 0). */
long futex_waitv_on(uint32_t *words, int n);
/* The futex2 calls of Linux 6.7, 32-bit words, any bit: futex_wait(2) with no timeout and
 * futex_wake(2) of up to `n` waiters. */
long futex2_wait_on(uint32_t *word, uint32_t val);
long futex2_wake_on(uint32_t *word, int n);

#endif
