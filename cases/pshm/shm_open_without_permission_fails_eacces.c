#include "pshm.h"
#include "sysv_msgsem.h" /* child_errno(), expect_child_errno() */

PROBE(.claim     = "shm_open() O_RDWR of an object whose mode denies the caller writing fails "
                   "with EACCES",
      .reference = "shm_open(3) \"ERRORS\" (EACCES: \"Permission was denied to shm_open() name "
                   "in the specified mode\")",
      .how       = "Create an object with mode 0404 (read-only for everyone). A child (which "
                   "drops to nobody when the probe runs as root, who would bypass the mode) "
                   "shm_open()s it O_RDWR and must fail with EACCES.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    pshm_create(name, 0404, 0);
    pid_t child = probe_fork();
    if (child == 0) {
        if (geteuid() == 0 && probe_drop_to_nobody() != 0)
            _exit(250);
        _exit(child_errno(shm_open(name, O_RDWR, 0)));
    }
    expect_child_errno(child, EACCES, PROBE_BOUND_MS, "shm_open(O_RDWR) of a mode-0404 object by "
                       "another user (250: could not drop to nobody)");
}
