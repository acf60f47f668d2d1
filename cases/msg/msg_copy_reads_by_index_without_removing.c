#include "sysv_msgsem.h"

#ifndef MSG_COPY
#define MSG_COPY 040000 /* <linux/msg.h>; musl's headers lack it */
#endif

PROBE(.claim     = "msgrcv with MSG_COPY|IPC_NOWAIT copies the message at position msgtyp (from 0) "
                   "and leaves the queue unchanged",
      .reference = "msgrcv(2) \"DESCRIPTION\" (MSG_COPY)",
      .how       = "Types 1, 2, 3 are queued; MSG_COPY of index 1 must return the type-2 message and "
                   "msg_qnum must stay 3. SKIP where the kernel lacks MSG_COPY (ENOSYS: no "
                   "CONFIG_CHECKPOINT_RESTORE).");

PROBE_BODY
{
    int id = msg_queue();
    msg_put(id, 1, "a");
    msg_put(id, 2, "b");
    msg_put(id, 3, "c");
    struct text_msg m = { 0 };

    long n = msgrcv(id, &m, sizeof m.mtext, 1, IPC_NOWAIT | MSG_COPY);
    if (n == -1 && errno == ENOSYS)
        probe_skip("the kernel has no MSG_COPY (msgrcv gave ENOSYS: built without CONFIG_CHECKPOINT_RESTORE)");
    EXPECT_OK(n);
    EXPECT_TRUE(m.mtype == 2 && m.mtext[0] == 'b',
                "expected a copy of message 1 (2, \"b\"); observed (%ld, \"%c\")", m.mtype, m.mtext[0]);
    EXPECT_EQ(msg_stat(id).msg_qnum, 3, "msg_qnum after MSG_COPY");
}
