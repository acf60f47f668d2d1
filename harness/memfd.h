/*
 * memfd.h — plumbing for the memfd probes (cases/memfd/): a memfd of one page and its
 * seals. The seal and flag names newer than the C library's headers are in compat.h.
 */
#ifndef IPCPROBE_MEMFD_H
#define IPCPROBE_MEMFD_H
#include "probe.h"
#include <fcntl.h>
#include <sys/mman.h>

/* memfd_create("ipcprobe", MFD_ALLOW_SEALING | MFD_CLOEXEC) sized to one page: ERROR if it
 * cannot be made (SKIP where the kernel has no memfd_create). */
int memfd_page(void);
/* The page size, for mappings and sizes. */
long memfd_page_size(void);
/* F_ADD_SEALS as a set-up step: ERROR if refused. */
void memfd_seal(int fd, int seals);
/* F_GET_SEALS; ERROR if it fails. */
int memfd_seals(int fd);

#endif
