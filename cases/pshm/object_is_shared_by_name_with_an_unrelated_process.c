#include <sys/wait.h>
#include "pshm.h"

PROBE(.claim     = "A POSIX shared memory object is shared by name: an unrelated process that "
                   "shm_open()s the name and maps it sees the creator's bytes, and the creator "
                   "sees its writes",
      .reference = "shm_overview(7) \"DESCRIPTION\"; shm_open(3) \"DESCRIPTION\"",
      .how       = "Create \"/ipcprobe-pshm-PID\" of 4096 bytes, map it shared and write \"ping\"; "
                   "a freshly exec'd helper opens the name, maps it, checks \"ping\" and writes "
                   "\"pong\" (exit 0). The creator's mapping must then read \"pong\".");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    char *mem = pshm_map(pshm_create(name, 0600, 4096), 4096, PROT_READ | PROT_WRITE);
    memcpy(mem, "ping", 4);
    const char *helper = probe_helper("pshm_peer");
    pid_t child = probe_fork();
    if (child == 0) {
        execl(helper, helper, name, (char *)NULL);
        _exit(127);
    }
    expect_child_exit(child, 0, "the unrelated process (1: shm_open failed, 2: mmap failed, "
                      "3: \"ping\" not there)");
    EXPECT_TRUE(!memcmp(mem, "pong", 4), "expected the creator's mapping to read \"pong\"; "
                "observed \"%.4s\"", mem);
}
