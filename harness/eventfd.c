/* Plumbing for the eventfd probes: see eventfd.h. */
#include "eventfd.h"

const struct probe_syscall EVENTFD_SYS_READ = { SYS_read, 0, 0, "read" };
const struct probe_syscall EVENTFD_SYS_WRITE = { SYS_write, 0, 0, "write" };

uint64_t efd_take(int fd)
{
    uint64_t v;
    if (read(fd, &v, sizeof v) != sizeof v)
        probe_error("read() of an eventfd failed: %s", errno_name(errno));
    return v;
}

void efd_add(int fd, uint64_t value)
{
    if (write(fd, &value, sizeof value) != sizeof value)
        probe_error("write(%llu) to an eventfd failed: %s", (unsigned long long)value,
                    errno_name(errno));
}

pid_t efd_spawn_read(int fd)
{
    pid_t pid = probe_fork();
    if (pid == 0) {
        uint64_t v = 0;
        ssize_t n = read(fd, &v, sizeof v);
        if (n == -1)
            _exit(child_errno(n));
        _exit(n == sizeof v && v >= 1 && v <= 50 ? EFD_VALUE_EXIT(v) : 199);
    }
    return pid;
}

pid_t efd_spawn_write(int fd, uint64_t value)
{
    pid_t pid = probe_fork();
    if (pid == 0) {
        ssize_t n = write(fd, &value, sizeof value);
        _exit(n == -1 ? child_errno(n) : n == sizeof value ? 0 : 199);
    }
    return pid;
}
