#include "probe.h"
#include "process.h"
#include <sys/wait.h>

PROBE(.claim     = "A child that has ended stays a zombie (state Z) until its parent waits for "
                   "it; wait(NULL) reaps it and returns its pid",
      .reference = "wait(2) \"NOTES\" (zombie)",
      .seed      = "SEED-38",
      .kind      = "confirms",
      .how       = "A child _exit()s; /proc/<pid>/stat must show state Z within the bound; wait(NULL) "
                   "must return its pid, after which /proc/<pid> is gone.");

PROBE_BODY
{
    char last;
    pid_t pid = probe_fork();
    if (pid == 0)
        _exit(0);
    if (process_wait_state(pid, 'Z', PROBE_BOUND_MS, &last))
        probe_fail("expected the ended, unreaped child to be a zombie (Z); observed state %c "
                   "('-': gone)", last);
    EXPECT_EQ(wait(NULL), pid, "wait(NULL)'s return");
    EXPECT_TRUE(process_state(pid) == 0,
                "expected the reaped child gone from /proc; observed state %c", process_state(pid));
}
