#include "probe.h"
#include <sys/mman.h>

PROBE(.claim     = "MAP_PRIVATE memory is copied on write after fork(): the parent's later "
                   "write is not seen by the child, nor the child's by the parent",
      .reference = "mmap(2) \"MAP_PRIVATE\"; fork(2) \"DESCRIPTION\"",
      .seed      = "SEED-01",
      .kind      = "confirms",
      .how       = "A private anonymous page holds 1; after fork the parent writes 2 and only then "
                   "releases the child through a pipe; the child must still read 1, then writes 3, "
                   "which the parent must not see.");

static volatile int *page;
static int go[2];

static int child(void *arg)
{
    char c;
    if (read(go[0], &c, 1) != 1)
        return 2;
    int seen = *page;
    *page = 3;
    return seen == 1 ? 0 : 1;
}

PROBE_BODY
{
    page = SETUP_PTR(mmap(NULL, sizeof *page, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), MAP_FAILED);
    *page = 1;
    SETUP(pipe(go));
    pid_t pid = probe_spawn(child, NULL);
    *page = 2;
    SETUP(write(go[1], "x", 1));
    expect_child_exit(pid, 0, "the child reading its private copy (exit 1: it saw the parent's 2)");
    EXPECT_EQ(*page, 2, "the private page in the parent after the child wrote 3");
}
