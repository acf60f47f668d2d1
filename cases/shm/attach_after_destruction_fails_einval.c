#include "sysv_shm.h"

PROBE(.claim     = "Once a removed segment is destroyed, shmat() of its id fails with EINVAL "
                   "(returns (void *) -1; nothing faults unless a program uses that pointer)",
      .reference = "shmat(2) \"ERRORS\" (EINVAL: invalid shmid), shmctl(2) \"IPC_RMID\"",
      .seed      = "SEED-50",
      .kind      = "corrects",
      .how       = "Attach, IPC_RMID, shmdt (the segment is destroyed), then shmat the old id: "
                   "-1 with EINVAL. Linux gives EIDRM instead only when a newer segment has taken "
                   "the same index (not the case here, in a fresh IPC namespace).");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    void *mem = seg_attach(id, 0);
    SETUP(shmctl(id, IPC_RMID, NULL));
    SETUP(shmdt(mem));

    void *again = shmat(id, NULL, 0);
    int err = errno;
    EXPECT_TRUE(again == (void *)-1 && err == EINVAL, "expected (void *) -1/EINVAL; observed %p/%s",
                again, again == (void *)-1 ? errno_name(err) : "no error");
}
