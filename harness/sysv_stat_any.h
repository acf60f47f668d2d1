/*
 * sysv_stat_any.h — the *_STAT_ANY commands of Linux 4.17 (msgctl MSG_STAT_ANY, shmctl
 * SHM_STAT_ANY, semctl SEM_STAT_ANY), shared by the msg/, shm/ and sem/ probes of them.
 * Like *_STAT they take an index into the kernel's table, not an id, and return the id of
 * the object there; unlike *_STAT they do not check read permission.
 */
#ifndef IPCPROBE_SYSV_STAT_ANY_H
#define IPCPROBE_SYSV_STAT_ANY_H
#include "probe.h"

enum sysv_kind { SYSV_MSG, SYSV_SHM, SYSV_SEM };

/*
 * FAIL unless a process that may not read object `id` (mode 0: a child that became nobody
 * when the probe is root; the probe's own unprivileged owner otherwise) finds it with
 * *_STAT_ANY while *_STAT at the same index is refused with EACCES. SKIP when no such
 * identity can be had, or (as absent) when the kernel does not know *_STAT_ANY (EINVAL).
 */
void expect_stat_any_reads_unreadable(enum sysv_kind kind, int id);

#endif
