/* IPC namespaces and their limits: see ipc_ns.h. */
#include "ipc_ns.h"
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

long ipc_limit_read(const char *name)
{
    char path[128], text[32];
    snprintf(path, sizeof path, "/proc/sys/%s", name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd == -1)
        return -1;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    if (n <= 0)
        return -1;
    text[n] = 0;
    return strtol(text, NULL, 10);
}

int ipc_limit_write(const char *name, long value)
{
    char path[128], text[32];
    snprintf(path, sizeof path, "/proc/sys/%s", name);
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd == -1)
        return -1;
    int len = snprintf(text, sizeof text, "%ld\n", value);
    ssize_t n = write(fd, text, (size_t)len);
    int err = errno;
    close(fd);
    errno = err;
    return n == len ? 0 : -1;
}

unsigned long ipc_ns_id(void)
{
    struct stat st;
    return stat("/proc/self/ns/ipc", &st) == 0 ? (unsigned long)st.st_ino : 0;
}
