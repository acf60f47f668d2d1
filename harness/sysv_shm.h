/*
 * sysv_shm.h — plumbing for the System V shared memory and key probes (cases/shm, cases/key).
 * Every function that creates an object registers it for removal; set-up failures are ERROR.
 */
#ifndef IPCPROBE_SYSV_SHM_H
#define IPCPROBE_SYSV_SHM_H
#include "probe.h"
#include <sys/ipc.h>
#include <sys/shm.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

/* A key from ftok() on a fresh file under probe_path() (proj_id 'P'); ERROR if ftok fails. */
key_t seg_key(void);
/* The file seg_key() uses (created on first use), for probes that call ftok() themselves.
 * The string is static: it stays valid (probe_path's buffer does not). */
const char *seg_key_file(void);
/* shmget(IPC_PRIVATE, size, IPC_CREAT | mode), registered for removal. */
int seg_new(size_t size, int mode);
/* shmget(key, size, IPC_CREAT | IPC_EXCL | mode), registered for removal. */
int seg_new_keyed(key_t key, size_t size, int mode);
/* shmat(id, NULL, flags) as a set-up step: ERROR on (void *) -1. */
void *seg_attach(int id, int flags);
/* IPC_STAT as a set-up step. */
struct shmid_ds seg_stat(int id);
/* shm_nattch from IPC_STAT. */
long seg_nattch(int id);
/* Does /proc/self/maps show a mapping of segment `id`? (its inode column is the shmid) */
int seg_mapped_here(int id);

/* A child in two stages: it runs fn(arg), reports fn's result (0..255) to the parent, then
 * stays alive until stage_end(); that way the parent can look at the segment while the child
 * is attached. stage_start() returns the report, or -1 if none came within the bound. If
 * the parent dies, the child sees end of file and exits: nothing outlives the probe. */
struct stage { pid_t pid; int go; };
int stage_start(struct stage *s, int (*fn)(void *), void *arg);
/* Let the child exit, and reap it; returns its wait status (-1: still running at the bound). */
int stage_end(struct stage *s);

/* Run a shell command line, capture up to len-1 bytes of its standard output in out.
 * Returns its wait status; ERROR if it cannot be started. */
int tool_run(const char *cmdline, char *out, size_t len);
/* Does `out` (ipcs output) have a line whose whitespace-separated column `col` (0-based)
 * equals `word`? Returns a pointer to that line, or NULL. */
const char *tool_find_row(const char *out, int col, const char *word);

#endif
