#include "sysv_msgsem.h"
#include <stdlib.h>

PROBE(.claim     = "msgsnd of a text longer than msgmax fails with EINVAL",
      .reference = "msgsnd(2) \"ERRORS\" (EINVAL: msgsz ... greater than MSGMAX)",
      .how       = "msgmax is read from /proc/sys/kernel/msgmax; a send of msgmax bytes must succeed "
                   "and one of msgmax + 1 bytes must fail with EINVAL.");

PROBE_BODY
{
    int id = msg_queue();
    long max = probe_sysctl("kernel/msgmax");
    struct text_msg *m = SETUP_PTR(calloc(1, sizeof(long) + (size_t)max + 1), NULL);
    m->mtype = 1;

    EXPECT_ERRNO(msgsnd(id, m, (size_t)max + 1, IPC_NOWAIT), EINVAL);
    if (max <= (long)msg_stat(id).msg_qbytes)
        EXPECT_OK(msgsnd(id, m, (size_t)max, IPC_NOWAIT));
}
