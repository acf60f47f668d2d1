#include "sysv_shm.h"

PROBE(.claim     = "Linux (unlike POSIX) still lets a process attach a segment by id after "
                   "IPC_RMID, while it has attaches left",
      .reference = "shmctl(2) \"IPC_RMID\", shmat(2) \"NOTES\" (Linux permits attaching a "
                   "segment marked for deletion)",
      .seed      = "SEED-50",
      .kind      = "corrects",
      .how       = "Attach, write, IPC_RMID; a second shmat by id succeeds and shows the same data.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    char *first = seg_attach(id, 0);
    strcpy(first, "same");
    SETUP(shmctl(id, IPC_RMID, NULL));

    char *second = shmat(id, NULL, 0);
    EXPECT_TRUE(second != (void *)-1, "expected shmat by id of the removed, attached segment to "
                "succeed; observed -1/%s", errno_name(errno));
    EXPECT_TRUE(!strcmp(second, "same"), "expected the same data; observed \"%.4s\"", second);
}
