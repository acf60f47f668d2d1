#include "memfd.h"
#include <stdio.h>

PROBE(.claim     = "Seals belong to the memfd's inode: another process that opens it anew "
                   "through /proc/<pid>/fd sees the same seals and, after F_SEAL_SEAL, cannot add "
                   "one (EPERM)",
      .reference = "fcntl(2) \"File seals\" (F_SEAL_SEAL); memfd_create(2) \"File sealing\"",
      .how       = "The probe seals a memfd with F_SEAL_SHRINK|F_SEAL_SEAL. A child opens "
                   "/proc/<probe>/fd/<n> read-write (a new open file description), checks "
                   "F_GET_SEALS shows both seals, then tries F_ADD_SEALS(F_SEAL_WRITE), which "
                   "must fail with EPERM.",
      .since     = "3.17");

static int fd;
static pid_t owner;

/* Set-up failures exit with codes above any errno. */
enum { OPEN_FAILED = 200, SEALS_DIFFER };

static int reopener(void *arg)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/fd/%d", (int)owner, fd);
    int again = open(path, O_RDWR);
    if (again == -1)
        return OPEN_FAILED;
    if (fcntl(again, F_GET_SEALS) != (F_SEAL_SHRINK | F_SEAL_SEAL))
        return SEALS_DIFFER;
    return child_errno(fcntl(again, F_ADD_SEALS, F_SEAL_WRITE));
}

PROBE_BODY
{
    fd = memfd_page();
    owner = getpid();
    memfd_seal(fd, F_SEAL_SHRINK | F_SEAL_SEAL);

    pid_t child = probe_spawn(reopener, NULL);
    expect_child_errno(child, EPERM, PROBE_BOUND_MS,
                       "F_ADD_SEALS by the process that reopened the memfd (errno 200: open of "
                       "/proc/<pid>/fd failed, 201: it saw other seals)");
}
