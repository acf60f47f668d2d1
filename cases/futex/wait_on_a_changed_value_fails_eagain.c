#include "futex.h"

PROBE(.claim     = "FUTEX_WAIT returns at once with EAGAIN when the word no longer holds the "
                   "expected value",
      .reference = "futex(2) \"FUTEX_WAIT\", \"ERRORS\" (EAGAIN)",
      .how       = "A shared word holds 1; FUTEX_WAIT expecting 0 must fail with EAGAIN instead "
                   "of sleeping (the probe's bound turns a sleep into ERROR).",
      .since     = "2.6.0");

PROBE_BODY
{
    uint32_t *word = futex_shared_words(1);
    *word = 1;
    EXPECT_ERRNO(futex_wait_on(word, 0), EAGAIN);
}
