/*
 * pipe.h — plumbing shared by the pipe and FIFO probes (cases/pipe, cases/fifo).
 */
#ifndef IPCPROBE_PIPE_H
#define IPCPROBE_PIPE_H
#include "probe.h"
#include <signal.h>

/* Set or clear O_NONBLOCK on fd (setup: ERROR on failure). */
void pipe_set_nonblock(int fd, int on);
/* Write to fd until it is full (temporarily non-blocking); returns the bytes written. */
long pipe_fill(int fd);
/* Read exactly len bytes (blocking); returns 0, or -1 on error or early end of file. */
int pipe_read_exact(int fd, void *buf, size_t len);

/* mkfifo(probe_path(name), mode) registered for removal; returns the path. A setup step:
 * ERROR if it fails or makes something other than a FIFO. */
const char *fifo_make(const char *name, mode_t mode);

#endif
