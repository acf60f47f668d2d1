#include "psem.h"
#include <stdlib.h>

PROBE(.claim     = "A named semaphore is shared by name: an unrelated process that opens the same "
                   "name with sem_open() and posts it raises the value the creator sees",
      .reference = "sem_overview(7) \"Named semaphores\"; sem_open(3) \"DESCRIPTION\"",
      .how       = "Create \"/ipcprobe-sem-shared-PID\" at 0; a freshly exec'd helper opens the "
                   "name without O_CREAT and posts once (exit 0). The creator's handle must then "
                   "read 1, and its sem_trywait() succeed.",
      .layer     = "libc");

PROBE_BODY
{
    const char *name = psem_name("sem-shared");
    sem_t *sem = psem_create_named(name, 0);
    const char *helper = probe_helper("psem_post_named");
    int value = -1;

    pid_t child = probe_fork();
    if (child == 0) {
        execl(helper, helper, name, (char *)NULL);
        _exit(127);
    }
    psem_expect_child_errno(child, 0, "another process opening the name and posting");
    SETUP(sem_getvalue(sem, &value));
    EXPECT_EQ(value, 1, "creator's value after the other process posted by name");
    EXPECT_OK(sem_trywait(sem));
}
