/*
 * memfd.h — plumbing for the memfd probes (cases/memfd/): a memfd of one page, its seals,
 * and the seal and flag names newer than the C library's headers (glibc 2.36 lacks the
 * Linux 6.3 ones).
 */
#ifndef IPCPROBE_MEMFD_H
#define IPCPROBE_MEMFD_H
#include "probe.h"
#include <fcntl.h>
#include <sys/mman.h>

#ifndef F_SEAL_FUTURE_WRITE
#define F_SEAL_FUTURE_WRITE 0x0010 /* Linux 5.1 */
#endif
#ifndef F_SEAL_EXEC
#define F_SEAL_EXEC 0x0020 /* Linux 6.3 */
#endif
#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 0x0008U /* Linux 6.3 */
#endif
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U /* Linux 6.3 */
#endif

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
