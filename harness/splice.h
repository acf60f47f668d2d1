/*
 * splice.h — plumbing for the splice, tee and vmsplice probes (cases/splice/).
 * Set-up failures end the probe with ERROR; the calls under test are left to the probe.
 */
#ifndef IPCPROBE_SPLICE_H
#define IPCPROBE_SPLICE_H
#include "probe.h"
#include <fcntl.h>

/* A pipe already holding the bytes of `data` (no terminating NUL). */
void splice_pipe_with(int fd[2], const char *data);
/* A file in the probe's directory holding `data`, opened O_RDWR at offset 0 (removed after). */
int splice_file_with(const char *name, const char *data);
/* The bytes waiting to be read on a pipe or socket (FIONREAD). */
int splice_queued(int fd);
/* FAIL unless a read of fd (non-blocking) yields exactly `want` and then nothing more. */
#define splice_expect_bytes(fd, want, what) splice_expect_bytes_at(__FILE__, __LINE__, fd, want, what)
void splice_expect_bytes_at(const char *file, int line, int fd, const char *want, const char *what);

#endif
