/* Plumbing for the splice probes: see splice.h. */
#include "splice.h"
#include <sys/ioctl.h>

void splice_pipe_with(int fd[2], const char *data)
{
    size_t len = strlen(data);
    if (pipe(fd) != 0)
        probe_error("pipe failed: %s", errno_name(errno));
    if (write(fd[1], data, len) != (ssize_t)len)
        probe_error("writing %zu bytes into a fresh pipe failed: %s", len, errno_name(errno));
}

int splice_file_with(const char *name, const char *data)
{
    const char *path = probe_path(name);
    size_t len = strlen(data);
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    if (fd == -1)
        probe_error("open(%s) failed: %s", path, errno_name(errno));
    probe_defer_remove(PROBE_FILE, 0, path);
    if (pwrite(fd, data, len, 0) != (ssize_t)len)
        probe_error("writing %s failed: %s", path, errno_name(errno));
    return fd;
}

int splice_queued(int fd)
{
    int n;
    if (ioctl(fd, FIONREAD, &n) != 0)
        probe_error("ioctl(FIONREAD) on fd %d failed: %s", fd, errno_name(errno));
    return n;
}

void splice_expect_bytes_at(const char *file, int line, int fd, const char *want, const char *what)
{
    char got[256];
    size_t len = strlen(want);
    int fl = fcntl(fd, F_GETFL);
    if (fl == -1 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) == -1)
        probe_error("cannot make fd %d non-blocking: %s", fd, errno_name(errno));
    ssize_t n = read(fd, got, sizeof got - 1);
    int err = errno;
    fcntl(fd, F_SETFL, fl);
    if (n < 0)
        probe_fail_at(file, line, "expected %s to hold \"%s\"; observed read() -1/%s", what, want,
                      errno_name(err));
    got[n] = '\0';
    if ((size_t)n != len || memcmp(got, want, len) != 0)
        probe_fail_at(file, line, "expected %s to hold \"%s\"; observed \"%s\" (%zd bytes)", what,
                      want, got, n);
}
