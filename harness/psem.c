/* Plumbing for the POSIX semaphore and message queue probes (see psem.h). */
#include "psem.h"
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

const char *psem_name(const char *what)
{
    static __thread char names[4][64];
    static __thread int next;
    char *name = names[next++ % 4];
    snprintf(name, sizeof names[0], "/ipcprobe-%s-%d", what, (int)getpid());
    return name;
}

sem_t *psem_create_named(const char *name, unsigned value)
{
    sem_t *s = sem_open(name, O_CREAT | O_EXCL, 0600, value);
    if (s == SEM_FAILED)
        probe_error("sem_open(\"%s\", O_CREAT|O_EXCL) failed: %s", name, errno_name(errno));
    probe_defer_remove(PROBE_POSIX_SEM, 0, name);
    return s;
}

mqd_t psem_mq_create(const char *name, int flags, long maxmsg, long msgsize)
{
    struct mq_attr attr = { .mq_maxmsg = maxmsg, .mq_msgsize = msgsize };
    mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR | flags, 0600, &attr);
    if (q == (mqd_t)-1 && errno == ENOSYS)
        probe_skip("POSIX message queues are not available (mq_open: ENOSYS; CONFIG_POSIX_MQUEUE off?)");
    if (q == (mqd_t)-1)
        probe_error("mq_open(\"%s\", O_CREAT|O_EXCL, maxmsg %ld, msgsize %ld) failed: %s", name,
                    maxmsg, msgsize, errno_name(errno));
    probe_defer_remove(PROBE_POSIX_MQ, 0, name);
    return q;
}

struct timespec psem_deadline(int ms)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += ms / 1000;
    ts.tv_nsec += (ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    return ts;
}

long long psem_ms_since(const struct timespec *from)
{
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    return (now.tv_sec - from->tv_sec) * 1000LL + (now.tv_nsec - from->tv_nsec) / 1000000;
}

void psem_expect_child_errno_at(const char *file, int line, pid_t pid, int want,
                                const char *want_name, const char *what)
{
    int status = probe_reap(pid, PROBE_BOUND_MS);
    if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == PSEM_CHILD_EARLY)
        probe_fail_at(file, line, "%s: expected %s, not before the deadline; observed ETIMEDOUT "
                      "before the deadline", what, want_name);
    expect_status_errno_at(file, line, status, want, want_name, what);
}

static void *trampoline(void *arg)
{
    struct psem_thread *t = arg;
    pid_t tid = (pid_t)syscall(SYS_gettid);
    if (write(t->pipe[1], &tid, sizeof tid) != sizeof tid)
        return NULL;
    t->result = t->fn(t->arg);
    char done = 'd';
    if (write(t->pipe[1], &done, 1) != 1)
        return NULL;
    return NULL;
}

static int read_bounded(int fd, void *buf, size_t len, int ms)
{
    if (poll(&(struct pollfd){ .fd = fd, .events = POLLIN }, 1, probe_ms(ms)) != 1)
        return -1;
    return read(fd, buf, len) == (ssize_t)len ? 0 : -1;
}

void psem_thread_start(struct psem_thread *t, int (*fn)(void *), void *arg)
{
    t->fn = fn;
    t->arg = arg;
    t->result = -1;
    if (pipe2(t->pipe, O_CLOEXEC) != 0)
        probe_error("pipe for a thread failed: %s", errno_name(errno));
    int err = pthread_create(&t->th, NULL, trampoline, t);
    if (err)
        probe_error("pthread_create failed: %s", errno_name(err));
    if (read_bounded(t->pipe[0], &t->tid, sizeof t->tid, PROBE_BOUND_MS) != 0)
        probe_error("the thread did not report its task id within %d ms", probe_ms(PROBE_BOUND_MS));
}

int psem_thread_wait(struct psem_thread *t, int ms)
{
    char done;
    if (read_bounded(t->pipe[0], &done, 1, ms) != 0)
        return -1;
    pthread_join(t->th, NULL);
    return 0;
}
