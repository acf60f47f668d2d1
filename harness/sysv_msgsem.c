/* sysv_msgsem.c — plumbing for the System V message queue and semaphore probes. */
#include "sysv_msgsem.h"
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

int sem_value_max(void)
{
    struct seminfo info;
    SETUP(semctl(0, 0, IPC_INFO, (union semun){ .__buf = &info }));
    return info.semvmx;
}

key_t msgsem_key(int proj)
{
    const char *path = probe_path("key");
    int fd = SETUP(open(path, O_CREAT | O_WRONLY, 0600));
    close(fd);
    return (key_t)SETUP(ftok(path, proj));
}

int msg_queue(void)
{
    int id = (int)SETUP(msgget(IPC_PRIVATE, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_MSG, id, NULL);
    return id;
}

void msg_put(int id, long type, const char *text)
{
    struct text_msg m = { .mtype = type };
    size_t len = strlen(text);
    if (len > sizeof m.mtext)
        probe_error("msg_put: text of %zu bytes is too long", len);
    memcpy(m.mtext, text, len);
    if (msgsnd(id, &m, len, IPC_NOWAIT) != 0)
        probe_error("set-up msgsnd(type %ld, %zu bytes) failed: %s", type, len, errno_name(errno));
}

struct msqid_ds msg_stat(int id)
{
    struct msqid_ds ds;
    SETUP(msgctl(id, IPC_STAT, &ds));
    return ds;
}

void msg_fill(int id)
{
    /* Half-msgmax messages: well inside every limit, and few of them. */
    long chunk = probe_sysctl("kernel/msgmax") / 2;
    struct text_msg *m = malloc(sizeof(long) + (size_t)chunk);
    if (!m)
        probe_error("msg_fill: out of memory");
    memset(m, 'f', sizeof(long) + (size_t)chunk);
    m->mtype = 1;
    for (;;) {
        struct msqid_ds ds = msg_stat(id);
        unsigned long left = ds.msg_qbytes - ds.msg_cbytes;
        if (ds.msg_cbytes >= ds.msg_qbytes)
            break;
        size_t len = left < (unsigned long)chunk ? left : (size_t)chunk;
        if (msgsnd(id, m, len, IPC_NOWAIT) != 0) {
            if (errno == EAGAIN)
                break; /* the kernel calls it full */
            probe_error("filling the queue: msgsnd(%zu bytes) with %lu bytes free failed: %s",
                        len, left, errno_name(errno));
        }
    }
    free(m);
}

int sem_set(int nsems)
{
    int id = (int)SETUP(semget(IPC_PRIVATE, nsems, IPC_CREAT | 0600));
    probe_defer_remove(PROBE_SEM, id, NULL);
    return id;
}

int sem_get(int id, int num, int cmd)
{
    return (int)SETUP(semctl(id, num, cmd));
}

void sem_put(int id, int num, int val)
{
    SETUP(semctl(id, num, SETVAL, (union semun){ .val = val }));
}

static struct { int id; struct sembuf *ops; size_t n; } semop_args;

static int run_semop(void *arg)
{
    return child_errno(semop(semop_args.id, semop_args.ops, semop_args.n));
}

pid_t spawn_semop(int id, struct sembuf *ops, size_t n)
{
    semop_args.id = id;
    semop_args.ops = ops;
    semop_args.n = n;
    return probe_spawn(run_semop, NULL);
}

void expect_child_errno_at_once_at(const char *file, int line, pid_t pid,
                                   const struct probe_syscall *sc, int want,
                                   const char *want_name, const char *what)
{
    char seen[128];
    if (probe_wait_blocked_arg0(pid, pid, sc->nr, sc->match_arg0 ? sc->arg0 : -1,
                                PROBE_BOUND_MS, seen, sizeof seen) == 0) {
        kill(pid, SIGKILL);
        probe_reap(pid, PROBE_BOUND_MS);
        probe_fail_at(file, line, "%s: expected failure with %s at once; observed it asleep in %s()",
                      what, want_name, sc->name);
    }
    expect_child_errno_at(file, line, pid, want, want_name, PROBE_BOUND_MS, what);
}
