#include "probe.h"

PROBE(.claim     = "After fork() the child has its own copy of memory: a global the child "
                   "writes keeps its old value in the parent",
      .reference = "fork(2) \"DESCRIPTION\" (separate memory spaces)",
      .seed      = "SEED-01",
      .kind      = "confirms",
      .how       = "The child sets a global to 2 and exits; after reaping it the parent still "
                   "reads 1. The child also reports that it saw its own write.");

static volatile int global = 1;

static int child(void *arg)
{
    global = 2;
    return global == 2 ? 0 : 1;
}

PROBE_BODY
{
    pid_t pid = probe_spawn(child, NULL);
    expect_child_exit(pid, 0, "the child that wrote the global");
    EXPECT_EQ(global, 1, "the global in the parent after the child set it to 2");
}
