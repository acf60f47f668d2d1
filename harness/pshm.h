/*
 * pshm.h — plumbing for the POSIX shared memory probes (cases/pshm/): objects made and
 * registered for removal, mapped in one call. Names come from psem_name() (psem.h):
 * "/ipcprobe-<what>-<pid>". The exec'd peer is harness/helpers/pshm_peer.c.
 */
#ifndef IPCPROBE_PSHM_H
#define IPCPROBE_PSHM_H
#include "probe.h"
#include "psem.h" /* psem_name() */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

/* shm_open(name, O_CREAT|O_EXCL|O_RDWR, mode), registered for removal, then ftruncate to
 * `size` (none when 0). ERROR if a step fails. */
int pshm_create(const char *name, mode_t mode, off_t size);
/* mmap(NULL, len, prot, MAP_SHARED, fd, 0); ERROR if it fails. */
void *pshm_map(int fd, size_t len, int prot);
/* fstat() as a set-up step. */
struct stat pshm_stat(int fd);

#endif
