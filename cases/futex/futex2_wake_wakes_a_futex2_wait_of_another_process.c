#include "futex.h"

PROBE(.claim     = "The futex2 calls of Linux 6.7: futex_wake() wakes a futex_wait() of another "
                   "process on a shared 32-bit word and returns 1",
      .reference = "syscall(2) (no glibc wrapper); Documentation/userspace-api/futex2.rst "
                   "(futex_wake, futex_wait)",
      .how       = "A child futex_waits on a shared word (0); the oracle must see it asleep in "
                   "futex_wait(). The probe stores 1 and futex_wakes: the call must return 1 and "
                   "the child's futex_wait return 0. SKIP before Linux 6.7 (ENOSYS).",
      .since     = "6.7");

static uint32_t *word;

static int waiter(void *arg)
{
    return futex2_wait_on(word, 0) == 0 ? 0 : 1;
}

PROBE_BODY
{
    word = futex_shared_words(1);
    EXPECT_EQ(SINCE(futex2_wake_on(word, 1), 0), 0, "waiters woken on a word nobody waits on");

    pid_t child = probe_spawn(waiter, NULL);
    expect_blocked(child, SYS_futex_wait, PROBE_BOUND_MS, "futex_wait on the shared word");
    __atomic_store_n(word, 1, __ATOMIC_SEQ_CST);
    EXPECT_EQ(futex2_wake_on(word, 1), 1, "waiters futex_wake woke");
    expect_child_exit(child, 0, "the waiter (1: futex_wait did not return 0)");
}
