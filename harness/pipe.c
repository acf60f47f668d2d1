/* Plumbing shared by the pipe and FIFO probes. */
#include "pipe.h"
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

void pipe_set_nonblock(int fd, int on)
{
    int fl = fcntl(fd, F_GETFL);
    if (fl == -1 || fcntl(fd, F_SETFL, on ? fl | O_NONBLOCK : fl & ~O_NONBLOCK) == -1)
        probe_error("cannot set O_NONBLOCK on fd %d: %s", fd, errno_name(errno));
}

long pipe_fill(int fd)
{
    static const char chunk[4096];
    long total = 0;
    ssize_t n;
    int fl = fcntl(fd, F_GETFL);
    pipe_set_nonblock(fd, 1);
    while ((n = write(fd, chunk, sizeof chunk)) > 0)
        total += n;
    if (n == -1 && errno == EAGAIN) /* top up what a whole chunk no longer fits in */
        while ((n = write(fd, chunk, 1)) > 0)
            total += n;
    int err = errno;
    if (fl != -1)
        fcntl(fd, F_SETFL, fl);
    if (err != EAGAIN)
        probe_error("filling the pipe: write ended with %s, not EAGAIN", errno_name(err));
    return total;
}

int pipe_read_exact(int fd, void *buf, size_t len)
{
    for (size_t got = 0; got < len;) {
        ssize_t n = read(fd, (char *)buf + got, len - got);
        if (n <= 0)
            return -1;
        got += n;
    }
    return 0;
}

const char *fifo_make(const char *name, mode_t mode)
{
    static char path[PATH_MAX];
    snprintf(path, sizeof path, "%s", probe_path(name));
    if (mkfifo(path, mode) != 0)
        probe_error("setup step mkfifo(%s) failed: %s", path, errno_name(errno));
    probe_defer_remove(PROBE_FILE, 0, path);
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISFIFO(st.st_mode))
        probe_error("setup: mkfifo(%s) returned 0 but made no FIFO", path); /* cannot judge */
    return path;
}
