#include "futex.h"

PROBE(.claim     = "futex_waitv() sleeps on several futexes at once and returns the index of "
                   "the one woken, here by another process",
      .reference = "syscall(2) (no glibc wrapper); Documentation/userspace-api/futex2.rst "
                   "(futex_waitv)",
      .how       = "A child waits with futex_waitv on three words of a shared page (each 0); the "
                   "oracle must see it asleep in futex_waitv(). The probe FUTEX_WAKEs the second "
                   "word: the child's call must return 1. SKIP before Linux 5.16 (ENOSYS).",
      .since     = "5.16");

static uint32_t *words;

static int waiter(void *arg)
{
    long index = futex_waitv_on(words, 3);
    return index >= 0 && index < 100 ? (int)index : 100;
}

PROBE_BODY
{
    words = futex_shared_words(3);
    words[0] = 7; /* a word that does not hold 0: the call must not sleep */
    EXPECT_ERRNO(SINCE(futex_waitv_on(words, 3), 0), EAGAIN);
    words[0] = 0;

    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, SYS_futex_waitv, PROBE_BOUND_MS, "futex_waitv on three words");
    EXPECT_EQ(futex_wake_on(&words[1], 1), 1, "waiters FUTEX_WAKE woke on the second word");
    expect_child_exit(child, 1, "the waiter (its exit code is the index futex_waitv returned; "
                                "100: an error)");
}
