#include "sysv_shm.h"
#include <fcntl.h>

PROBE(.claim     = "execve() detaches every attached segment: shm_nattch drops when a child that "
                   "inherited the attachment execs",
      .reference = "shmat(2) \"NOTES\" (after an execve(2), all attached segments are detached)",
      .how       = "Attach, fork: shm_nattch is 2. Released through a pipe, the child execs the helper shm_peer wait; a "
                   "close-on-exec pipe reaching end of file tells the parent the exec happened, "
                   "while the helper stays alive. shm_nattch is then 1.");

PROBE_BODY
{
    int id = seg_new(4096, 0600);
    seg_attach(id, 0);
    const char *peer = probe_helper("shm_peer");
    int execd[2], hold[2];
    SETUP(pipe2(execd, O_CLOEXEC));
    SETUP(pipe(hold));
    pid_t child = probe_fork();
    if (child == 0) {
        char go;
        close(hold[1]);
        if (read(hold[0], &go, 1) != 1 || dup2(hold[0], 0) != 0)
            _exit(126);
        execl(peer, peer, "wait", (char *)NULL);
        _exit(127);
    }
    close(execd[1]);
    close(hold[0]);
    EXPECT_EQ(seg_nattch(id), 2, "shm_nattch after fork, before exec");
    SETUP(write(hold[1], "g", 1));   /* now exec */
    char c;
    SETUP(read(execd[0], &c, 1));   /* 0: end of file, the exec closed it */

    EXPECT_EQ(seg_nattch(id), 1, "shm_nattch after the child's exec");
    close(hold[1]);
    expect_child_exit(child, 0, "shm_peer wait");
}
