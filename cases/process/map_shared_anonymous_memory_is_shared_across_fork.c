#include "probe.h"
#include <sys/mman.h>

PROBE(.claim     = "MAP_SHARED|MAP_ANONYMOUS memory made before fork() is shared: what the "
                   "child writes there the parent reads",
      .reference = "mmap(2) \"MAP_SHARED\"",
      .seed      = "SEED-01",
      .kind      = "confirms",
      .how       = "A shared anonymous page holds 1; the child writes 2 and exits; the parent, "
                   "after reaping it, reads 2. (Unlike ordinary memory, SEED-01: processes share "
                   "memory only through a kernel-provided mapping.)");

PROBE_BODY
{
    volatile int *shared = SETUP_PTR(mmap(NULL, sizeof *shared, PROT_READ | PROT_WRITE,
                                          MAP_SHARED | MAP_ANONYMOUS, -1, 0), MAP_FAILED);
    *shared = 1;
    pid_t pid = probe_fork();
    if (pid == 0) {
        *shared = 2;
        _exit(0);
    }
    expect_child_exit(pid, 0, "the child that wrote the shared page");
    EXPECT_EQ(*shared, 2, "the shared page in the parent after the child wrote 2");
}
