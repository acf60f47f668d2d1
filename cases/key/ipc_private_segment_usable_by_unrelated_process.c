#include "sysv_shm.h"

PROBE(.claim     = "An IPC_PRIVATE segment is not limited to related processes: a program that "
                   "inherits nothing but knows the id (and has permission) attaches and uses it",
      .reference = "svipc(7) \"IPC_PRIVATE\", shmget(2) \"NOTES\"",
      .seed      = "SEED-45",
      .kind      = "corrects",
      .how       = "Create an IPC_PRIVATE segment and write \"ping\"; exec the helper shm_peer "
                   "with only the id as text (exec drops every attachment). It attaches by id, "
                   "finds \"ping\" and writes \"pong\", which the probe then reads.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    char *mem = seg_attach(id, 0);
    memcpy(mem, "ping", 4);

    char idtext[16];
    snprintf(idtext, sizeof idtext, "%d", id);
    const char *peer = probe_helper("shm_peer");
    pid_t child = probe_fork();
    if (child == 0) {
        execl(peer, peer, "attach", idtext, (char *)NULL);
        _exit(127);
    }
    expect_child_exit(child, 0, "shm_peer attaching the segment by id (1: shmat failed, 2: no ping)");
    EXPECT_TRUE(!memcmp(mem, "pong", 4), "expected \"pong\" written by the other program; observed "
                "\"%.4s\"", mem);
}
