/* Plumbing for the file lock probes: see lock.h. */
#include "lock.h"
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>

const char *lock_file(void)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s", probe_path("locked"));
    int fd = open(path, O_CREAT | O_EXCL | O_RDWR, 0600);
    if (fd == -1)
        probe_error("creating %s failed: %s", path, errno_name(errno));
    probe_defer_remove(PROBE_FILE, 0, path);
    static const char bytes[100];
    if (write(fd, bytes, sizeof bytes) != sizeof bytes)
        probe_error("writing 100 bytes to %s failed: %s", path, errno_name(errno));
    close(fd);
    return path;
}

int lock_open(const char *path, int flags)
{
    int fd = open(path, flags);
    if (fd == -1)
        probe_error("open(%s) failed: %s", path, errno_name(errno));
    return fd;
}

int lock_range(int fd, int cmd, short type, off_t start, off_t len)
{
    struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
    return fcntl(fd, cmd, &fl);
}

struct flock lock_query(int fd, int cmd, short type, off_t start, off_t len)
{
    struct flock fl = { .l_type = type, .l_whence = SEEK_SET, .l_start = start, .l_len = len };
    if (fcntl(fd, cmd, &fl) == -1)
        probe_error("F_GETLK-like command %d failed: %s", cmd, errno_name(errno));
    return fl;
}

const char *lock_type_name(short type)
{
    switch (type) {
    case F_WRLCK: return "F_WRLCK";
    case F_RDLCK: return "F_RDLCK";
    case F_UNLCK: return "F_UNLCK";
    default: return "an unknown lock type";
    }
}

static int run_step(int fd, const struct lock_step *s)
{
    return s->cmd ? lock_range(fd, s->cmd, s->type, s->start, s->len) : flock(fd, s->flock_op);
}

struct lock_holder lock_hold(const char *path, const struct lock_step *steps, int n)
{
    int ready[2], release[2];
    if (pipe(ready) != 0 || pipe(release) != 0)
        probe_error("pipe for a lock holder failed: %s", errno_name(errno));
    pid_t pid = probe_fork();
    if (pid == 0) {
        close(ready[0]);
        close(release[1]);
        unsigned char report[2] = { 0, 0 }; /* failed step + 1, errno */
        int fd = open(path, O_RDWR);
        for (int i = 0; i < n && !report[0]; i++)
            if (fd == -1 || run_step(fd, &steps[i]) == -1)
                report[0] = (unsigned char)(i + 1), report[1] = (unsigned char)errno;
        if (write(ready[1], report, 2) != 2)
            _exit(3);
        char c; /* a byte from lock_release(), or end of file when the probe is gone */
        _exit(read(release[0], &c, 1) >= 0 ? 0 : 4);
    }
    close(ready[1]);
    close(release[0]);
    unsigned char report[2];
    if (poll(&(struct pollfd){ .fd = ready[0], .events = POLLIN }, 1, probe_ms(PROBE_BOUND_MS)) != 1 ||
        read(ready[0], report, 2) != 2)
        probe_error("the lock holder did not report within %d ms", probe_ms(PROBE_BOUND_MS));
    close(ready[0]);
    if (report[0])
        probe_error("the lock holder's step %d failed: %s", report[0], errno_name(report[1]));
    return (struct lock_holder){ .pid = pid, .release = release[1] };
}

void lock_release(struct lock_holder *h)
{
    /* A byte, not just a close: children forked since hold copies of this write end. */
    if (write(h->release, "g", 1) != 1)
        probe_error("cannot let the lock holder go: %s", errno_name(errno));
    close(h->release);
    expect_child_exit(h->pid, 0, "the lock holder, let go");
}

pid_t lock_try(const char *path, struct lock_step step)
{
    pid_t pid = probe_fork();
    if (pid == 0) {
        int fd = open(path, O_RDWR);
        _exit(fd == -1 ? 254 : child_errno(run_step(fd, &step)));
    }
    return pid;
}
