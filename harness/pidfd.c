/* Plumbing for cases/pidfd/ and cases/fd/ (see pidfd.h). */
#include "pidfd.h"
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>

int pidfd_get_info(int pidfd, uint64_t mask, struct pidfd_info64 *info)
{
    memset(info, 0, sizeof *info);
    info->mask = mask;
    return ioctl(pidfd, PIDFD_GET_INFO64, info);
}

void pidfd_child_start(struct pidfd_child *c, int code)
{
    sig_gate_open(&c->gate);
    c->pid = probe_fork();
    if (c->pid == 0) {
        sig_gate_wait(&c->gate, PROBE_BOUND_MS);
        _exit(code);
    }
}

void pidfd_child_release(struct pidfd_child *c)
{
    sig_gate_pass(&c->gate);
}

int pidfd_readable(int fd, int ms)
{
    struct pollfd p = { .fd = fd, .events = POLLIN };
    long long deadline = probe_now_ms() + probe_ms(ms);
    for (;;) {
        long long left = deadline - probe_now_ms();
        int r = poll(&p, 1, left > 0 ? (int)left : 0);
        if (r == 1)
            return (p.revents & POLLIN) != 0;
        if (r == 0 || left <= 0)
            return 0;
        if (errno != EINTR)
            probe_error("poll on descriptor %d failed: %s", fd, errno_name(errno));
    }
}

long pidfd_clone3(struct clone_args *args)
{
#ifdef SYS_clone3
    return syscall(SYS_clone3, args, sizeof *args);
#else
    (void)args;
    errno = ENOSYS;
    return -1;
#endif
}

unsigned long long pidfd_status_mask(pid_t pid, const char *field)
{
    char path[64], line[256];
    size_t n = strlen(field);
    snprintf(path, sizeof path, "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f)
        probe_error("cannot read %s: %s", path, errno_name(errno));
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, field, n) == 0 && line[n] == ':') {
            fclose(f);
            return strtoull(line + n + 1, NULL, 16);
        }
    }
    fclose(f);
    probe_error("%s has no %s line", path, field);
}

int fd_cloexec(int fd)
{
    int flags = fcntl(fd, F_GETFD);
    return flags == -1 ? -1 : (flags & FD_CLOEXEC) != 0;
}

pid_t pidfd_pid(int pidfd)
{
    char path[64], line[128];
    snprintf(path, sizeof path, "/proc/self/fdinfo/%d", pidfd);
    FILE *f = fopen(path, "r");
    if (!f)
        probe_error("cannot read %s: %s", path, errno_name(errno));
    long pid = 0;
    int found = 0;
    while (!found && fgets(line, sizeof line, f))
        found = sscanf(line, "Pid: %ld", &pid) == 1;
    fclose(f);
    if (!found)
        probe_error("%s has no Pid: line (not a pidfd?)", path);
    return (pid_t)pid;
}
