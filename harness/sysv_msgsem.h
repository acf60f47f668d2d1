/*
 * sysv_msgsem.h — plumbing shared by the System V message queue (cases/msg/) and
 * semaphore set (cases/sem/) probes: fresh objects registered for removal, limits read
 * from /proc/sys/kernel, set-up sends and counters, and children that report an errno.
 */
#ifndef IPCPROBE_SYSV_MSGSEM_H
#define IPCPROBE_SYSV_MSGSEM_H

#include "probe.h"
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>

/* semctl(2): "the calling program must define this union" — glibc and musl do not. */
union semun {
    int val;               /* SETVAL */
    struct semid_ds *buf;  /* IPC_STAT, IPC_SET */
    unsigned short *array; /* GETALL, SETALL */
    struct seminfo *__buf; /* IPC_INFO (Linux) */
};

/* A message with room for short texts (the probes' messages are a few bytes). */
#define MSG_TEXT_MAX 256
struct text_msg {
    long mtype;
    char mtext[MSG_TEXT_MAX];
};

/* SEMVMX, the largest semaphore value, from semctl(IPC_INFO). */
int sem_value_max(void);

/* A key of a fresh file under probe_path(), for probes that need a key, not IPC_PRIVATE. */
key_t msgsem_key(int proj);

/* A new private queue (mode 0600), registered for removal. */
int msg_queue(void);
/* Set-up send of `text` (strlen bytes) with type `type`, IPC_NOWAIT; ERROR if it fails. */
void msg_put(int id, long type, const char *text);
/* IPC_STAT; ERROR if it fails. */
struct msqid_ds msg_stat(int id);
/* Send messages (IPC_NOWAIT) until msg_qbytes is reached exactly; ERROR if that fails. */
void msg_fill(int id);

/* A new private set of `nsems` semaphores (mode 0600), registered for removal. */
int sem_set(int nsems);
/* semctl(id, num, cmd) for GETVAL, GETNCNT, GETZCNT, GETPID; ERROR if it fails. */
int sem_get(int id, int num, int cmd);
/* SETVAL as a set-up step; ERROR if it fails. */
void sem_put(int id, int num, int val);

/* A child that runs semop(id, ops, n) and exits with child_errno() of it. */
pid_t spawn_semop(int id, struct sembuf *ops, size_t n);

/* child_errno() and expect_child_errno() are in probe.h. */
/* For a call that must not wait: FAIL if the child falls asleep in `sc`, else as above. */
#define expect_child_errno_at_once(pid, sc, E, what) \
    expect_child_errno_at_once_at(__FILE__, __LINE__, (pid), (sc), (E), #E, (what))
void expect_child_errno_at_once_at(const char *file, int line, pid_t pid,
                                   const struct probe_syscall *sc, int want,
                                   const char *want_name, const char *what);

#endif
