/* Plumbing for the futex probes: see futex.h. */
#include "futex.h"
#include <sys/mman.h>

uint32_t *futex_shared_words(int n)
{
    long page = sysconf(_SC_PAGESIZE);
    if ((long)(n * sizeof(uint32_t)) > page)
        probe_error("futex_shared_words: %d words do not fit in a page", n);
    return SETUP_PTR(mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0),
                     MAP_FAILED);
}

long futex_wait_on(uint32_t *word, uint32_t val)
{
    return syscall(SYS_futex, word, FUTEX_WAIT, val, NULL, NULL, 0);
}

long futex_wake_on(uint32_t *word, int n)
{
    return syscall(SYS_futex, word, FUTEX_WAKE, n, NULL, NULL, 0);
}

long futex_waitv_on(uint32_t *words, int n)
{
    struct futex_waitv waiters[FUTEX_WAITV_MAX];
    if (n > FUTEX_WAITV_MAX)
        n = FUTEX_WAITV_MAX;
    for (int i = 0; i < n; i++)
        waiters[i] = (struct futex_waitv){ .val = 0, .uaddr = (uintptr_t)&words[i],
                                           .flags = FUTEX_32 };
    return syscall(SYS_futex_waitv, waiters, n, 0, NULL, CLOCK_MONOTONIC);
}

long futex2_wait_on(uint32_t *word, uint32_t val)
{
    return syscall(SYS_futex_wait, word, (unsigned long)val, (unsigned long)FUTEX_BITSET_MATCH_ANY,
                   FUTEX2_SIZE_U32, NULL, CLOCK_MONOTONIC);
}

long futex2_wake_on(uint32_t *word, int n)
{
    return syscall(SYS_futex_wake, word, (unsigned long)FUTEX_BITSET_MATCH_ANY, n, FUTEX2_SIZE_U32);
}
