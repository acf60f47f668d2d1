/* The *_STAT_ANY commands: see sysv_stat_any.h. */
#include "sysv_stat_any.h"
#include "sysv_msgsem.h"
#include <sys/shm.h>
#include <sys/wait.h>

static const char *const name[] = { "MSG_STAT_ANY", "SHM_STAT_ANY", "SEM_STAT_ANY" };

/* *ctl(index, *_STAT or *_STAT_ANY): the id at that index, or -1 with errno. */
static int stat_index(enum sysv_kind kind, int index, int any)
{
    struct msqid_ds m;
    struct shmid_ds s;
    struct semid_ds e;
    switch (kind) {
    case SYSV_MSG: return msgctl(index, any ? MSG_STAT_ANY : MSG_STAT, &m);
    case SYSV_SHM: return shmctl(index, any ? SHM_STAT_ANY : SHM_STAT, &s);
    case SYSV_SEM: return semctl(index, 0, any ? SEM_STAT_ANY : SEM_STAT, (union semun){ .buf = &e });
    }
    return -1;
}

/* The highest index in use, from *_INFO; -1 if it fails. */
static int max_index(enum sysv_kind kind)
{
    struct msginfo mi;
    struct shminfo si;
    struct seminfo ei;
    switch (kind) {
    case SYSV_MSG: return msgctl(0, MSG_INFO, (struct msqid_ds *)&mi);
    case SYSV_SHM: return shmctl(0, SHM_INFO, (struct shmid_ds *)&si);
    case SYSV_SEM: return semctl(0, 0, SEM_INFO, (union semun){ .__buf = &ei });
    }
    return -1;
}

/* The child's verdicts. */
enum { READ_AS_CLAIMED, NOT_FOUND, STAT_ALLOWED, NO_IDENTITY, ANY_UNKNOWN, NO_INFO };

static int look_without_permission(enum sysv_kind kind, int id)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return NO_IDENTITY;
    int top = max_index(kind);
    if (top < 0)
        return NO_INFO;
    for (int index = 0; index <= top; index++) {
        int r = stat_index(kind, index, 1);
        if (r == -1 && errno == EINVAL && index == top)
            return ANY_UNKNOWN;
        if (r != id)
            continue;
        if (stat_index(kind, index, 0) != -1 || errno != EACCES)
            return STAT_ALLOWED;
        return READ_AS_CLAIMED;
    }
    return NOT_FOUND;
}

void expect_stat_any_reads_unreadable(enum sysv_kind kind, int id)
{
    pid_t child = probe_fork();
    if (child == 0)
        _exit(look_without_permission(kind, id));
    int status = probe_reap(child, PROBE_BOUND_MS);
    int code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    switch (code) {
    case READ_AS_CLAIMED:
        return;
    case NOT_FOUND:
        probe_fail("expected %s to return the mode-0 object (id %d) to a process that may not "
                   "read it; observed no index giving it", name[kind], id);
    case STAT_ALLOWED:
        probe_error("the plain *_STAT was not refused with EACCES: the object is readable, "
                    "so %s cannot be judged", name[kind]);
    case NO_IDENTITY:
        probe_skip("needs another identity: the child could not become nobody");
    case ANY_UNKNOWN:
        probe_skip_absent("%s failed with EINVAL", name[kind]);
    case NO_INFO:
        probe_error("the *_INFO command failed in the child");
    }
    probe_error("the child looking with %s %s", name[kind],
                status == -1 ? "did not finish within the bound" : describe_status(status));
}
