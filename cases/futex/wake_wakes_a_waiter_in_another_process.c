#include "futex.h"

PROBE(.claim     = "FUTEX_WAKE on a word in shared memory wakes a FUTEX_WAIT of another process "
                   "and returns the number woken (1)",
      .reference = "futex(2) \"FUTEX_WAIT\", \"FUTEX_WAKE\"",
      .how       = "A child forked after a MAP_SHARED page was mapped waits on its word (0); the "
                   "oracle must see it asleep in futex(). The probe stores 1 and FUTEX_WAKEs: the "
                   "call must return 1 and the child's FUTEX_WAIT return 0.",
      .since     = "2.6.0");

static uint32_t *word;

static int waiter(void *arg)
{
    return futex_wait_on(word, 0) == 0 ? 0 : 1;
}

PROBE_BODY
{
    word = futex_shared_words(1);
    pid_t child = probe_spawn(waiter, NULL);

    expect_blocked(child, SYS_futex, PROBE_BOUND_MS, "FUTEX_WAIT on the shared word");
    __atomic_store_n(word, 1, __ATOMIC_SEQ_CST);
    EXPECT_EQ(futex_wake_on(word, 1), 1, "waiters FUTEX_WAKE woke");
    expect_child_exit(child, 0, "the waiter (1: FUTEX_WAIT did not return 0)");
}
