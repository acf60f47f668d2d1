/*
 * mapping.h — plumbing for the file-mapping probes (cases/mmap/): a file in the probe's
 * directory, its mappings, and harness/helpers/mmap_peer.c, an unrelated process that maps
 * the same file by path.
 * Set-up failures end the probe with ERROR; the calls under test are left to the probe.
 */
#ifndef IPCPROBE_MAPPING_H
#define IPCPROBE_MAPPING_H
#include "probe.h"
#include <sys/mman.h>

/* The page size (sysconf). */
size_t mapping_page(void);
/* A file of `size` bytes in the probe's directory (removed after), holding `text` at offset
 * 0 and zeros after; opened O_RDWR. Its path: mapping_path(). */
int mapping_file(size_t size, const char *text);
const char *mapping_path(void);
/* mmap(NULL, len, PROT_READ|PROT_WRITE, flags, fd, 0); ERROR on failure. */
char *mapping_map(int fd, size_t len, int flags);

/*
 * Run `mmap_peer OP mapping_path() ARG...` (see the helper) and wait for it within the bound.
 * Its standard output goes into out (NUL-terminated, at most len - 1 bytes; out may be NULL).
 * Returns its exit code; ERROR when it did not exit normally.
 */
int mapping_peer(char *out, size_t len, const char *op, const char *arg1, const char *arg2);

/* FAIL unless the len bytes at p are `want`; `what` names the place. */
#define mapping_expect(p, want, what) mapping_expect_at(__FILE__, __LINE__, (p), (want), (what))
void mapping_expect_at(const char *file, int line, const char *p, const char *want, const char *what);

/* Touch (read) the byte at p in a child: its wait status (a SIGBUS or SIGSEGV shows there). */
int mapping_touch_in_child(const volatile char *p);

#endif
