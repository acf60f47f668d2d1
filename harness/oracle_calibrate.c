/*
 * Calibrating the blocked-state oracle (see oracle.h): for each call it knows, a child makes
 * sure the call cannot return (it holds the other end itself, or waits for what never
 * comes), writes a marker, and makes that call as its next one. Once /proc shows the child
 * asleep in the same system call on three looks in a row, that number (and, for ipc(2), the
 * operation) is what a task blocked in the call shows on this box. The child is then killed
 * and what it made removed. Needs nothing but libc: it is linked into the probes (a probe
 * run alone calibrates the calls it uses) and into ipcprobe-isolate (--oracle, which the
 * runner calls once per run, without any LD_PRELOAD, inside the run's namespaces).
 */
#include "oracle.h"
#include "compat.h" /* numbers and structures of the calls newer than the C library */
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <poll.h>
#include <sched.h>
#include <semaphore.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/sem.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <stdint.h>
#include <unistd.h>

#if (defined(__i386__) || defined(__s390__)) && defined(__GLIBC__)
/* These glibc ports multiplex System V IPC through ipc(2); the operation is its first argument. */
const struct probe_syscall SYSCALL_MSGSND = { SYS_ipc, 11, 1, "msgsnd" };
const struct probe_syscall SYSCALL_MSGRCV = { SYS_ipc, 12, 1, "msgrcv" };
const struct probe_syscall SYSCALL_SEMOP = { SYS_ipc, 4, 1, "semtimedop" };
#else
const struct probe_syscall SYSCALL_MSGSND = { SYS_msgsnd, 0, 0, "msgsnd" };
const struct probe_syscall SYSCALL_MSGRCV = { SYS_msgrcv, 0, 0, "msgrcv" };
#ifdef __GLIBC__
/* glibc implements semop() with semtimedop() and a NULL timeout. */
const struct probe_syscall SYSCALL_SEMOP = { SYS_semtimedop, 0, 0, "semtimedop" };
#else
const struct probe_syscall SYSCALL_SEMOP = { SYS_semop, 0, 0, "semop" };
#endif
#endif
#if defined(__i386__) && defined(__GLIBC__)
const struct probe_syscall SOCK_SYSCALL_RECV = { SYS_socketcall, 10, 1, "recv" };
#else
const struct probe_syscall SOCK_SYSCALL_RECV = { SYS_recvfrom, 0, 0, "recvfrom" };
#endif

/* What a child made that outlives it: removed by the parent after the kill. */
enum leftover { NOTHING, MSG_QUEUE, SEM_SET, FIFO_PATH, FILE_PATH };

struct blocker {
    const char *name;
    const struct probe_syscall *sc; /* the key, when it is one of the SYSCALL_* */
    long nr;                        /* otherwise the key's number (arg0 not matched) */
    enum leftover leftover;
    long (*block)(int marker, const char *path); /* child: set up, mark, block */
    /* Calls that are one wait in the kernel (sem_wait's futex and futex2's futex_wait) may
     * share their kernel functions: a wchan witness need not tell them apart. */
    const char *kin;
};

/* The child tells the parent what to remove afterwards (an id), then that it is about to block. */
static void keep(int marker, long id)
{
    (void)!write(marker, &id, sizeof id);
}

static void ready(int marker)
{
    keep(marker, -1);
}

static long block_read(int marker, const char *path)
{
    int fd[2];
    char c;
    if (pipe(fd) != 0)
        return errno;
    ready(marker);
    return read(fd[0], &c, 1); /* this process holds the write end: no end of file */
}

static long block_write(int marker, const char *path)
{
    int fd[2];
    if (pipe(fd) != 0 || fcntl(fd[1], F_SETFL, O_NONBLOCK) != 0)
        return errno;
    static char buf[4096];
    while (write(fd[1], buf, sizeof buf) > 0)
        ;
    while (write(fd[1], buf, 1) == 1)
        ; /* the last bytes of a full pipe */
    if (errno != EAGAIN || fcntl(fd[1], F_SETFL, 0) != 0)
        return errno;
    ready(marker);
    return write(fd[1], buf, 1);
}

static long block_open(int marker, const char *path)
{
    ready(marker);
    return open(path, O_RDONLY); /* a FIFO nobody opens for writing */
}

static long block_msgrcv(int marker, const char *path)
{
    struct { long mtype; char mtext[1]; } m;
    int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    if (id < 0)
        return errno;
    keep(marker, id);
    ready(marker);
    return msgrcv(id, &m, sizeof m.mtext, 0, 0);
}

static long block_msgsnd(int marker, const char *path)
{
    static struct { long mtype; char mtext[4096]; } m = { 1, { 0 } };
    int id = msgget(IPC_PRIVATE, IPC_CREAT | 0600);
    if (id < 0)
        return errno;
    keep(marker, id); /* to be removed, before anything can fail */
    /* Full without asking IPC_STAT (an emulator may get its layout wrong): big messages
     * while they fit, then single bytes, until the queue refuses even one. */
    static const size_t sizes[] = { sizeof m.mtext, 64, 1 };
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
        while (msgsnd(id, &m, sizes[i], IPC_NOWAIT) == 0)
            ;
    if (errno != EAGAIN)
        return errno;
    ready(marker);
    return msgsnd(id, &m, 1, 0);
}

static long block_semop(int marker, const char *path)
{
    struct sembuf down = { 0, -1, 0 };
    int id = semget(IPC_PRIVATE, 1, IPC_CREAT | 0600); /* a new semaphore is 0 */
    if (id < 0)
        return errno;
    keep(marker, id);
    ready(marker);
    return semop(id, &down, 1);
}

static long block_sem_wait(int marker, const char *path)
{
    static sem_t s;
    if (sem_init(&s, 0, 0) != 0)
        return errno;
    ready(marker);
    return sem_wait(&s);
}

static long block_mq_receive(int marker, const char *path)
{
    char name[64], buf[64];
    struct mq_attr attr = { .mq_maxmsg = 1, .mq_msgsize = sizeof buf };
    snprintf(name, sizeof name, "/ipcprobe-oracle-%d", (int)getpid());
    mqd_t q = mq_open(name, O_RDONLY | O_CREAT | O_EXCL, 0600, &attr);
    if (q == (mqd_t)-1)
        return errno;
    mq_unlink(name); /* the descriptor keeps it; nothing to remove later */
    ready(marker);
    return mq_receive(q, buf, sizeof buf, NULL);
}

static long block_pause(int marker, const char *path)
{
    ready(marker);
    return pause();
}

static long block_sleep(int marker, const char *path)
{
    /* The object calibrated, not a wait: libc's sleep function is nanosleep() underneath
     * (glibc's sysdeps/posix/sleep.c, musl's src/unistd/sleep.c), so this child shows what the
     * probe of that function shows (signal/sleep_returns_the_unslept_seconds_when_interrupted),
     * routed as libc routes it (clock_nanosleep, its time64 variant on 32-bit). The parent
     * kills it once it has seen it there. */
    struct timespec long_time = { 100000, 0 };
    ready(marker);
    return nanosleep(&long_time, NULL);
}

static long block_sigsuspend(int marker, const char *path)
{
    sigset_t none;
    sigemptyset(&none);
    ready(marker);
    return sigsuspend(&none);
}

static long block_sigtimedwait(int marker, const char *path)
{
    sigset_t set;
    struct timespec long_time = { 100000, 0 };
    sigemptyset(&set);
    sigaddset(&set, SIGUSR1);
    sigprocmask(SIG_BLOCK, &set, NULL);
    ready(marker);
    return sigtimedwait(&set, NULL, &long_time);
}

/* Two open file descriptions of one new file (a lock on one conflicts with a lock on the
 * other, in one process): 0, or errno. */
static int two_opens(const char *path, int fd[2])
{
    fd[0] = open(path, O_RDWR | O_CREAT | O_EXCL, 0600);
    fd[1] = fd[0] < 0 ? -1 : open(path, O_RDWR);
    return fd[1] < 0 ? errno : 0;
}

static long block_fcntl_setlkw(int marker, const char *path)
{
    int fd[2];
    struct flock held = { .l_type = F_WRLCK, .l_whence = SEEK_SET }, want = held;
    if (two_opens(path, fd) != 0 || fcntl(fd[0], F_OFD_SETLK, &held) != 0)
        return errno; /* an OFD lock conflicts with this process's own record lock */
    ready(marker);
    return fcntl(fd[1], F_SETLKW, &want);
}

static long block_flock(int marker, const char *path)
{
    int fd[2];
    if (two_opens(path, fd) != 0 || flock(fd[0], LOCK_EX) != 0)
        return errno; /* flock locks belong to the open file description */
    ready(marker);
    return flock(fd[1], LOCK_EX);
}

/* A pipe that stays empty: this process holds its write end. */
static int empty_pipe(int fd[2])
{
    return pipe(fd) != 0 ? errno : 0;
}

static long block_poll(int marker, const char *path)
{
    int fd[2];
    if (empty_pipe(fd) != 0)
        return errno;
    struct pollfd p = { .fd = fd[0], .events = POLLIN };
    ready(marker);
    return poll(&p, 1, -1);
}

/* An epoll descriptor watching an empty pipe for input, or -1. */
static int epoll_on_empty_pipe(void)
{
    int fd[2], ep = epoll_create1(0);
    struct epoll_event ev = { .events = EPOLLIN };
    if (ep < 0 || empty_pipe(fd) != 0 || epoll_ctl(ep, EPOLL_CTL_ADD, fd[0], &ev) != 0)
        return -1;
    return ep;
}

static long block_epoll_wait(int marker, const char *path)
{
    struct epoll_event ev;
    int ep = epoll_on_empty_pipe();
    if (ep < 0)
        return errno;
    ready(marker);
    return epoll_wait(ep, &ev, 1, -1);
}

static long block_epoll_pwait2(int marker, const char *path)
{
    struct epoll_event ev;
    int ep = epoll_on_empty_pipe();
    if (ep < 0)
        return errno;
    ready(marker);
    return epoll_pwait2(ep, &ev, 1, NULL, NULL); /* no timeout */
}

static long block_recv(int marker, const char *path)
{
    int sv[2];
    char c;
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return errno;
    ready(marker);
    return recv(sv[0], &c, 1, 0); /* this process holds the peer: nothing comes */
}

static long block_splice(int marker, const char *path)
{
    int in[2], out[2];
    if (empty_pipe(in) != 0 || empty_pipe(out) != 0)
        return errno;
    ready(marker);
    return splice(in[0], NULL, out[1], NULL, 1, 0);
}

static uint32_t futex_word; /* 0, and nobody wakes it */

static long block_futex_waitv(int marker, const char *path)
{
    struct futex_waitv w = { .val = 0, .uaddr = (uintptr_t)&futex_word, .flags = FUTEX_32 };
    ready(marker);
    return syscall(SYS_futex_waitv, &w, 1, 0, NULL, CLOCK_MONOTONIC);
}

#ifdef SYS_futex_time64
/* 32-bit libcs wait through futex_time64 (glibc's condition variables and rwlocks). */
static long block_futex_time64(int marker, const char *path)
{
    ready(marker);
    return syscall(SYS_futex_time64, &futex_word, FUTEX_WAIT, 0, NULL, NULL, 0);
}
#endif

static long block_futex2_wait(int marker, const char *path)
{
    ready(marker);
    return syscall(SYS_futex_wait, &futex_word, 0UL, (unsigned long)FUTEX_BITSET_MATCH_ANY,
                   (unsigned long)FUTEX2_SIZE_U32, NULL, CLOCK_MONOTONIC);
}

static const struct blocker blockers[] = {
    { "read", NULL, SYS_read, NOTHING, block_read },
    { "write", NULL, SYS_write, NOTHING, block_write },
    { "open", NULL, SYS_OPEN_OF_LIBC, FIFO_PATH, block_open },
    { "msgrcv", &SYSCALL_MSGRCV, 0, MSG_QUEUE, block_msgrcv },
    { "msgsnd", &SYSCALL_MSGSND, 0, MSG_QUEUE, block_msgsnd },
    { "semop", &SYSCALL_SEMOP, 0, SEM_SET, block_semop },
    { "sem_wait", NULL, PSEM_NR_FUTEX, NOTHING, block_sem_wait, "futex" },
    { "mq_receive", NULL, PSEM_NR_MQ_TIMEDRECEIVE, NOTHING, block_mq_receive },
    { "pause", NULL, SIG_SYS_PAUSE, NOTHING, block_pause },
    { "sleep", NULL, SIG_SYS_SLEEP, NOTHING, block_sleep },
    { "sigsuspend", NULL, SYS_rt_sigsuspend, NOTHING, block_sigsuspend },
    { "sigtimedwait", NULL, SYS_rt_sigtimedwait, NOTHING, block_sigtimedwait },
    { "fcntl_setlkw", NULL, LOCK_NR_FCNTL, FILE_PATH, block_fcntl_setlkw },
    { "flock", NULL, SYS_flock, FILE_PATH, block_flock },
    { "poll", NULL, POLL_NR_POLL, NOTHING, block_poll },
    { "epoll_wait", NULL, POLL_NR_EPOLL_WAIT, NOTHING, block_epoll_wait, "epoll" },
    { "epoll_pwait2", NULL, SYS_epoll_pwait2, NOTHING, block_epoll_pwait2, "epoll" },
    { "recv", &SOCK_SYSCALL_RECV, 0, NOTHING, block_recv },
    { "splice", NULL, SYS_splice, NOTHING, block_splice },
    { "futex_waitv", NULL, SYS_futex_waitv, NOTHING, block_futex_waitv, "futex" },
    { "futex_wait", NULL, SYS_futex_wait, NOTHING, block_futex2_wait, "futex" },
#ifdef SYS_futex_time64
    { "futex_time64", NULL, SYS_futex_time64, NOTHING, block_futex_time64, "futex" },
#endif
};
#define N_BLOCKERS (sizeof blockers / sizeof *blockers)

static int kin(const struct blocker *a, const struct blocker *b)
{
    return a->kin && b->kin && !strcmp(a->kin, b->kin);
}

static long key_nr(const struct blocker *b) { return b->sc ? b->sc->nr : b->nr; }
static long key_arg0(const struct blocker *b) { return b->sc && b->sc->match_arg0 ? b->sc->arg0 : -1; }

static long long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Which witness this box's /proc offers (oracle.h). IPCPROBE_ORACLE_WITNESS, for the
 * self-tests only, pretends files are missing: "stack" (no syscall file), "wchan" (nor a
 * readable stack), "none" (nor a wchan). */
static int readable(const char *path)
{
    char buf[64];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof buf);
    if (fd >= 0)
        close(fd);
    return n > 0;
}

int oracle_witness(void)
{
    static const char *const names[] = { "syscall", "stack", "wchan", "none" };
    const char *w = getenv("IPCPROBE_ORACLE_WITNESS");
    int from = 0;
    for (int i = 0; w && i < 4; i++)
        if (!strcmp(w, names[i]))
            from = i;
    if (from <= ORACLE_BY_SYSCALL && readable("/proc/self/syscall"))
        return ORACLE_BY_SYSCALL;
    if (from <= ORACLE_BY_STACK && readable("/proc/self/stack"))
        return ORACLE_BY_STACK;
    if (from <= ORACLE_BY_WCHAN && readable("/proc/self/wchan"))
        return ORACLE_BY_WCHAN;
    return ORACLE_NO_WITNESS;
}

void oracle_frames(const char *text, char *out, size_t len)
{
    size_t n = 0;
    out[0] = '\0';
    for (const char *line = text; line && *line;
         line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        const char *name = strstr(line, "] ");
        name = name && name < line + strcspn(line, "\n") ? name + 2 : line;
        size_t k = strcspn(name, "+ \n");
        if (k == 0 || (k == 1 && name[0] == '0'))
            continue; /* an empty line; wchan "0": running, or not shown */
        if (n + k + 2 > len)
            break;
        n += (size_t)snprintf(out + n, len - n, "%s%.*s", n ? "/" : "", (int)k, name);
    }
}

/* The call is the last of the learned frames (its entry: sys_read, once the frames shared by
 * every call are dropped); those above it say what kind of file it read, which a probe's
 * read() of another need not share. */
static const char *entry_of(const char *where)
{
    const char *slash = strrchr(where, '/');
    return slash ? slash + 1 : where;
}

int oracle_frames_match(const char *frames, const char *where)
{
    char hay[1100], needle[sizeof ((struct oracle_shown *)0)->where + 2];
    snprintf(hay, sizeof hay, "/%s/", frames);
    snprintf(needle, sizeof needle, "/%s/", entry_of(where));
    return where[0] && strstr(hay, needle) != NULL;
}

static void read_proc(pid_t pid, const char *name, char *buf, size_t len)
{
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/%s", (int)pid, name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n = fd < 0 ? -1 : read(fd, buf, len - 1);
    if (fd >= 0)
        close(fd);
    buf[n > 0 ? n : 0] = '\0';
}

/* State, syscall line and the kernel functions a task sleeps in (frames of its stack, or its
 * wchan, as witness says): 0, or -1 when it is gone. */
static int look(pid_t pid, int witness, char *state, char *sys, size_t len, char *where,
                size_t where_len)
{
    char buf[1024];
    read_proc(pid, "stat", buf, sizeof buf);
    if (!buf[0])
        return -1;
    char *paren = strrchr(buf, ')');
    *state = paren && paren[1] ? paren[2] : '?';
    read_proc(pid, "syscall", sys, len);
    read_proc(pid, witness == ORACLE_BY_STACK ? "stack" : "wchan", buf, sizeof buf);
    oracle_frames(buf, where, where_len);
    return 0;
}

static int learn_one(const struct blocker *b, struct oracle_shown *shown, char *why,
                     size_t why_len, int bound_ms)
{
    char path[64] = "";
    int marker[2];
    if (oracle_witness() == ORACLE_NO_WITNESS) {
        snprintf(why, why_len, "%s", ORACLE_NO_WITNESS_WHY);
        return -1;
    }
    if (b->leftover == FILE_PATH) { /* made by the child, removed here after the kill */
        snprintf(path, sizeof path, "/tmp/ipcprobe-oracle-%d.lock", (int)getpid());
        unlink(path);
    }
    if (b->leftover == FIFO_PATH) {
        snprintf(path, sizeof path, "/tmp/ipcprobe-oracle-%d.fifo", (int)getpid());
        unlink(path);
        if (mkfifo(path, 0600) != 0) {
            snprintf(why, why_len, "mkfifo %s: %s", path, strerror(errno));
            return -1;
        }
    }
    if (pipe(marker) != 0) {
        snprintf(why, why_len, "pipe: %s", strerror(errno));
        return -1;
    }
    pid_t parent = getpid(), child = fork();
    if (child == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL); /* never outlives the calibration */
        if (getppid() != parent)
            _exit(4);                     /* it ended before the line above */
        close(marker[0]);
        errno = 0;
        b->block(marker[1], path);
        _exit(errno > 0 && errno < 256 ? errno : 0); /* it returned: not blocked; errno says */
    }
    close(marker[1]);
    int rc = -1, same = 0, returned = 0, status = 0;
    long ids[2] = { -1, -1 }, id;
    int n_ids = 0, marked = 0;
    long long deadline = now_ms() + bound_ms;
    struct pollfd pfd = { .fd = marker[0], .events = POLLIN };
    snprintf(why, why_len, "the calibration child could not start");
    while (child > 0 && !marked && now_ms() < deadline &&
           poll(&pfd, 1, (int)(deadline - now_ms())) > 0) {
        if (read(marker[0], &id, sizeof id) != sizeof id)
            break; /* the child ended before its marker */
        if (id >= 0 && n_ids < 2)
            ids[n_ids++] = id;
        else
            marked = 1;
    }
    char state = '?', sys[256] = "", last[256] = "", wchan[1024] = "", prev_wchan[1024] = "";
    long prev = -2, prev_arg0 = -2;
    int witness = oracle_witness(), by_wchan = witness != ORACLE_BY_SYSCALL, blind = 0;
    while (marked && now_ms() < deadline) {
        if (look(child, witness, &state, sys, sizeof sys, wchan, sizeof wchan) != 0 ||
            state == 'Z') {
            returned = 1;
            break;
        }
        if (by_wchan) { /* no syscall file: the functions it sleeps in, the same three times */
            if (state == 'S' && wchan[0] && !strcmp(wchan, prev_wchan)) {
                if (++same == 3) {
                    shown->nr = shown->arg0 = -1;
                    snprintf(shown->where, sizeof shown->where, "%s", wchan);
                    rc = 0;
                    break;
                }
            } else {
                same = 0;
            }
            snprintf(prev_wchan, sizeof prev_wchan, "%s", state == 'S' ? wchan : "");
            if (wchan[0] || state != 'S')
                snprintf(why, why_len, "/proc/<pid>/syscall is unreadable, and the task was "
                         "never seen asleep in the same kernel functions (%s) within %d ms "
                         "(state %c, %.60s)", witness == ORACLE_BY_STACK ? "stack" : "wchan",
                         bound_ms, state, wchan[0] ? wchan : "-");
            else if (++blind == 3) { /* asleep, and /proc does not say where */
                snprintf(why, why_len, "%s", ORACLE_NO_WITNESS_WHY);
                break;
            }
            sched_yield();
            continue;
        }
        char *end;
        long nr = strtol(sys, &end, 10);
        long arg0 = end != sys ? strtol(end, NULL, 16) : -1;
        if (state == 'S' && end != sys && nr >= 0 && nr == prev && arg0 == prev_arg0) {
            if (++same == 3) {
                shown->nr = nr;
#ifdef SYS_ipc
                shown->arg0 = nr == SYS_ipc ? arg0 : -1; /* the operation of the multiplexer */
#else
                shown->arg0 = -1;
#endif
                shown->where[0] = '\0';
                rc = 0;
                break;
            }
        } else {
            same = 0;
        }
        prev = state == 'S' && end != sys ? nr : -2;
        prev_arg0 = arg0;
        snprintf(last, sizeof last, "state %c, syscall %.*s", state, (int)strcspn(sys, " \n"), sys);
        snprintf(why, why_len, "never seen asleep in one system call within %d ms (%s)",
                 bound_ms, last);
        sched_yield();
    }
    if (!marked && rc != 0)
        snprintf(why, why_len, "the calibration child never reached the call (set-up failed?)");
    if (child > 0) {
        kill(child, SIGKILL);
        while (waitpid(child, &status, 0) < 0 && errno == EINTR)
            ;
        if (returned && WIFEXITED(status) && WEXITSTATUS(status))
            snprintf(why, why_len, "the call returned instead of blocking (%s: %s)",
                     marked ? "errno" : "set-up", strerror(WEXITSTATUS(status)));
        else if (returned)
            snprintf(why, why_len, "the call returned instead of blocking");
    } else {
        snprintf(why, why_len, "fork: %s", strerror(errno));
    }
    close(marker[0]);
    for (int i = 0; i < n_ids; i++) {
        if (b->leftover == MSG_QUEUE)
            msgctl((int)ids[i], IPC_RMID, NULL);
        else if (b->leftover == SEM_SET)
            semctl((int)ids[i], 0, IPC_RMID);
    }
    if (path[0])
        unlink(path);
    return rc;
}

static int bound(void)
{
    const char *s = getenv("IPCPROBE_TIME_SCALE");
    double scale = s ? atof(s) : 1.0;
    return (int)(2000 * (scale > 0 ? scale : 1.0));
}

/* Where the witness is the kernel functions a task sleeps in: learns every call learned[]
 * lacks (have[] 0), drops the frames every call's stack shares at its top (the scheduler)
 * and bottom (the system call entry), and refuses a call whose remaining frames are another
 * call's too: then they do not tell the calls apart. have[i] ends 1 or -1 (why[i] says). */
static void learn_all(struct oracle_shown *learned, int *have, char (*why)[200], int bound_ms)
{
    int n_frames[N_BLOCKERS], top = 1 << 20, bottom = 1 << 20;
    char *frames[N_BLOCKERS][64], *save;
    size_t first = N_BLOCKERS;
    for (size_t i = 0; i < N_BLOCKERS; i++) {
        if (!have[i])
            have[i] = learn_one(&blockers[i], &learned[i], why[i], sizeof why[i], bound_ms) == 0
                      ? 1 : -1;
        n_frames[i] = 0;
        if (have[i] != 1 || !learned[i].where[0])
            continue;
        for (char *f = strtok_r(learned[i].where, "/", &save); f && n_frames[i] < 64;
             f = strtok_r(NULL, "/", &save))
            frames[i][n_frames[i]++] = f;
        if (first == N_BLOCKERS)
            first = i;
    }
    for (size_t i = first; i < N_BLOCKERS; i++) { /* what every call shares at either end */
        if (!n_frames[i])
            continue;
        int t = 0, b = 0, n = n_frames[i], m = n_frames[first];
        while (t < n && t < m && !strcmp(frames[i][t], frames[first][t]))
            t++;
        while (b < n - t && b < m - t && !strcmp(frames[i][n - 1 - b], frames[first][m - 1 - b]))
            b++;
        if (i != first)
            top = t < top ? t : top, bottom = b < bottom ? b : bottom;
    }
    if (top == 1 << 20)
        top = bottom = 0; /* one call alone: nothing to compare with */
    for (size_t i = first; i < N_BLOCKERS; i++) {
        if (!n_frames[i])
            continue;
        char joined[sizeof learned[i].where] = "";
        size_t len = 0;
        int from = n_frames[i] == 1 ? 0 : top, to = n_frames[i] == 1 ? 1 : n_frames[i] - bottom;
        for (int k = from; k < to && len < sizeof joined; k++) /* one name (a wchan): itself */
            len += (size_t)snprintf(joined + len, sizeof joined - len, "%s%s", len ? "/" : "",
                                    frames[i][k]);
        memcpy(learned[i].where, joined, sizeof joined);
    }
    for (size_t i = first; i < N_BLOCKERS; i++)
        for (size_t j = first; j < N_BLOCKERS && have[i] == 1 && n_frames[i]; j++)
            if (j != i && n_frames[j] && !kin(&blockers[i], &blockers[j]) &&
                (!learned[i].where[0] ||
                 !strcmp(entry_of(learned[j].where), entry_of(learned[i].where)))) {
                snprintf(why[i], sizeof why[i], "/proc/<pid>/syscall is unreadable, and %s() "
                         "and %s() sleep under the same kernel function (%s): they are not told "
                         "apart", blockers[i].name, blockers[j].name,
                         learned[i].where[0] ? entry_of(learned[i].where) : "the scheduler's");
                have[i] = -1;
            }
}

int oracle_learn(long nr, long arg0, struct oracle_shown *shown, char *why, size_t why_len)
{
    for (size_t i = 0; i < N_BLOCKERS; i++) {
        if (key_nr(&blockers[i]) != nr || key_arg0(&blockers[i]) != arg0)
            continue;
        if (learn_one(&blockers[i], shown, why, why_len, bound()) != 0)
            return -1;
        if (!shown->where[0])
            return 0;
        struct oracle_shown learned[N_BLOCKERS];
        int have[N_BLOCKERS] = { 0 };
        char whys[N_BLOCKERS][200];
        learned[i] = *shown, have[i] = 1;
        learn_all(learned, have, whys, bound());
        *shown = learned[i];
        snprintf(why, why_len, "%s", whys[i]);
        return have[i] == 1 ? 0 : -1;
    }
    snprintf(why, why_len, "no calibration for syscall %ld", nr);
    return 1;
}

static void print_nr(FILE *out, long nr, long arg0)
{
    fprintf(out, arg0 >= 0 ? "%ld/%ld" : "%ld", nr, arg0);
}

static void print_shown(FILE *out, const struct oracle_shown *shown)
{
    if (shown->where[0])
        fprintf(out, "@%s", shown->where);
    else
        print_nr(out, shown->nr, shown->arg0);
}

void oracle_print_calibration(FILE *out, int bound_ms)
{
    struct oracle_shown learned[N_BLOCKERS];
    char why[N_BLOCKERS][200];
    int have[N_BLOCKERS] = { 0 }, bound_now = bound_ms ? bound_ms : bound();
    for (size_t i = 0; i < N_BLOCKERS; i++) /* two calls with one key (none today): once */
        for (size_t j = 0; j < i; j++)
            if (key_nr(&blockers[j]) == key_nr(&blockers[i]) &&
                key_arg0(&blockers[j]) == key_arg0(&blockers[i]))
                have[i] = 2;
    learn_all(learned, have, why, bound_now);
    for (size_t i = 0; i < N_BLOCKERS; i++) {
        const struct blocker *b = &blockers[i];
        if (have[i] == 2)
            continue;
        int ok = have[i] == 1;
        fprintf(out, "%s ", b->name);
        print_nr(out, key_nr(b), key_arg0(b));
        if (ok) {
            fputc(' ', out);
            print_shown(out, &learned[i]);
            fputc('\n', out);
        } else {
            fprintf(out, " ? %s\n", why[i]);
        }
    }
}
