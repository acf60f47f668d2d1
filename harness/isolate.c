/*
 * ipcprobe-isolate — run one probe in namespaces of its own, so that nothing it makes
 * (System V objects, POSIX queues, /dev/shm files, temporary files, sockets, processes)
 * can outlive it or be seen by another probe running at the same time.
 *
 *   ipcprobe-isolate [--isolation=auto|ns|userns|none] [--no-netns] [--preload=LIB]
 *                    [--sysctl=NAME=VALUE]... PROBE [ARGS...]
 *   ipcprobe-isolate --which [--isolation=...]   print the isolation this box allows
 *   ipcprobe-isolate --box                       the build's facts as JSON
 *   ipcprobe-isolate --oracle                    calibrate the blocked-state oracle: what
 *                                                /proc shows for each call (oracle.h)
 *
 * ns      (root)       new IPC, mount, PID and network namespaces (also for another user given
 *                      capabilities in a user namespace: make arches without root, where the
 *                      emulated launcher cannot make one; the probe gets none of them)
 * userns  (non-root)   the same inside a new user namespace mapping the caller's own uid,
 *                      so the probe keeps its ordinary, unprivileged identity
 * none                 the probe runs as it is; the runner then checks for leaks
 * --no-netns           no network namespace (the costliest to make and tear down): for a
 *                      probe that opens no socket by name or address (the runner decides:
 *                      see docs/DESIGN_NOTES.md)
 * IPCPROBE_TIMING_FD=N in the environment: on exit, write to descriptor N one line
 *   "setup_us=A probe_us=B teardown_us=C": the launcher until the probe's fork, the probe
 *   (fork, exec, run) until PID 1 reaped it, and the namespace's end until the launcher's.
 *
 * Inside, a process of ours is PID 1 (it reaps orphans and, when it ends, the kernel kills
 * everything left in the namespace). It mounts a private /proc, /dev/shm, /dev/mqueue and
 * /tmp, brings up the loopback interface, sets the namespace's IPC limits given with --sysctl
 * (e.g. --sysctl=kernel/msgmni=1, to test probes under low limits), then runs the probe.
 * The launcher dies with its parent and PID 1 with the launcher (PR_SET_PDEATHSIG), so
 * killing the runner — even with SIGKILL — kills the whole probe at once.
 * Exit status: the probe's; 125 when isolation could not be set up or the --preload library
 * cannot be loaded (message on stderr).
 */
#include "box.h"
#include "oracle.h"
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define EXIT_SETUP 125

static const char *preload;
static const char *sysctls[16];
static int n_sysctls;
static int netns = 1;

/* When asked (IPCPROBE_TIMING_FD): moments of the run, shared with PID 1 of the namespace. */
enum { T_START, T_FORK, T_REAPED, T_END, T_COUNT };
static long long *moments;

static void mark(int which)
{
    struct timespec ts;
    if (moments && clock_gettime(CLOCK_MONOTONIC, &ts) == 0)
        moments[which] = ts.tv_sec * 1000000LL + ts.tv_nsec / 1000;
}

static void report_moments(void)
{
    const char *fd = getenv("IPCPROBE_TIMING_FD");
    if (!moments || !fd || !moments[T_FORK] || !moments[T_REAPED])
        return;
    mark(T_END);
    dprintf(atoi(fd), "setup_us=%lld probe_us=%lld teardown_us=%lld\n",
            moments[T_FORK] - moments[T_START], moments[T_REAPED] - moments[T_FORK],
            moments[T_END] - moments[T_REAPED]);
}

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("ipcprobe-isolate: ", stderr);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, ": %s\n", strerror(errno));
    va_end(ap);
    _exit(EXIT_SETUP);
}

static void write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0 || write(fd, text, strlen(text)) != (ssize_t)strlen(text))
        die("write %s", path);
    close(fd);
}

static int enter_namespaces(int user)
{
    uid_t uid = getuid();
    gid_t gid = getgid();
    int flags = CLONE_NEWIPC | CLONE_NEWNS | CLONE_NEWPID | (netns ? CLONE_NEWNET : 0);
    if (unshare(flags | (user ? CLONE_NEWUSER : 0)) != 0)
        return -1;
    if (user) {
        char map[64];
        write_file("/proc/self/setgroups", "deny");
        snprintf(map, sizeof map, "%d %d 1\n", (int)uid, (int)uid);
        write_file("/proc/self/uid_map", map);
        snprintf(map, sizeof map, "%d %d 1\n", (int)gid, (int)gid);
        write_file("/proc/self/gid_map", map);
    }
    return 0;
}

static void mount_private(const char *fstype, const char *dir, int required)
{
    struct stat st;
    if (stat(dir, &st) != 0) {
        if (required)
            die("%s missing", dir);
        return;
    }
    if (mount(fstype, dir, fstype, MS_NOSUID | MS_NODEV, NULL) != 0 && required)
        die("mount %s on %s", fstype, dir);
}

static void loopback_up(void)
{
    int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    struct ifreq ifr = { .ifr_name = "lo" };
    if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) != 0)
        die("loopback flags");
    ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
    if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0)
        die("bring up loopback");
    close(s);
}

/*
 * The dynamic linker ignores a preload it cannot load, with a warning: the probe would run
 * without the mutant, and pass. A preload that is missing, unreadable or no ELF file is a
 * set-up error instead.
 */
static void check_preload(void)
{
    struct stat st;
    char magic[4];
    const char *why = NULL;
    int fd = -1;
    if (stat(preload, &st) != 0)
        why = strerror(errno);
    else if (!S_ISREG(st.st_mode))
        why = "not a regular file";
    else if ((fd = open(preload, O_RDONLY | O_CLOEXEC)) < 0)
        why = strerror(errno);
    else if (read(fd, magic, sizeof magic) != sizeof magic || memcmp(magic, "\177ELF", 4) != 0)
        why = "not a shared library (no ELF header)";
    if (fd >= 0)
        close(fd);
    if (why) {
        fprintf(stderr, "ipcprobe-isolate: --preload=%s: %s (the probe would run without it)\n",
                preload, why);
        _exit(EXIT_SETUP);
    }
}

/*
 * A launcher that was given capabilities to hand on (make arches without root runs it with
 * ambient ones in the run's user namespace: see tools/arches-userns.sh) hands none to the
 * probe: a user other than root then execs it with no capability at all, as it would outside.
 * Clearing the inheritable set clears the ambient one with it. Root's exec is not affected.
 * capget(2)'s version-3 layout is spelt out: musl-gcc sees no <linux/capability.h>.
 */
struct caps_head { unsigned int version; int pid; };
struct caps_data { unsigned int effective, permitted, inheritable; };
#define CAPS_VERSION_3 0x20080522

static void drop_inheritable_caps(void)
{
    struct caps_head head = { .version = CAPS_VERSION_3 };
    struct caps_data caps[2];
    if (syscall(SYS_capget, &head, caps) != 0)
        die("capget");
    caps[0].inheritable = caps[1].inheritable = 0;
    if (syscall(SYS_capset, &head, caps) != 0)
        die("capset");
}

static void exec_probe(char **argv)
{
    if (preload && setenv("LD_PRELOAD", preload, 1) != 0)
        die("setenv LD_PRELOAD");
    drop_inheritable_caps();
    execv(argv[0], argv);
    die("exec %s", argv[0]);
}

/*
 * The private /tmp would hide a probe, a preload library or helpers that live under /tmp
 * (a build in /tmp/build-x). Keep each such tree: hold its top folder open before the
 * mount, then bind it back at the same path inside the new /tmp.
 */
struct kept { int fd; char path[256]; };

static int keep_tmp_tree(const char *path, struct kept *k)
{
    char abs[4096];
    if (!path || !realpath(path, abs) || strncmp(abs, "/tmp/", 5) != 0)
        return 0;
    size_t len = 5 + strcspn(abs + 5, "/");
    snprintf(k->path, sizeof k->path, "%.*s", (int)len, abs);
    k->fd = open(k->path, O_PATH | O_DIRECTORY | O_CLOEXEC);
    return k->fd >= 0;
}

static void put_back(struct kept *k)
{
    char from[64];
    snprintf(from, sizeof from, "/proc/self/fd/%d", k->fd);
    if (mkdir(k->path, 0755) != 0 && errno != EEXIST)
        die("mkdir %s", k->path);
    if (mount(from, k->path, NULL, MS_BIND | MS_REC, NULL) != 0)
        die("keep %s visible", k->path);
    close(k->fd);
}

/* PID 1 of the new namespace: prepare the mounts, run the probe, reap, report. */
static void namespace_init(char **argv)
{
    struct kept kept[3];
    int n_kept = 0;
    const char *needed[] = { argv[0], preload, getenv("IPCPROBE_HELPERS") };

    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
        die("make mounts private");
    for (int i = 0; i < 3; i++)
        n_kept += keep_tmp_tree(needed[i], &kept[n_kept]);
    mount_private("proc", "/proc", 1);
    mount_private("tmpfs", "/dev/shm", 1);
    mount_private("mqueue", "/dev/mqueue", 0);
    mount_private("tmpfs", "/tmp", 1);
    for (int i = 0; i < n_kept; i++)
        put_back(&kept[i]);
    if (netns)
        loopback_up();
    for (int i = 0; i < n_sysctls; i++) {
        char path[256];
        const char *eq = strchr(sysctls[i], '=');
        snprintf(path, sizeof path, "/proc/sys/%.*s", (int)(eq - sysctls[i]), sysctls[i]);
        write_file(path, eq + 1);
    }

    mark(T_FORK);
    pid_t probe = fork();
    if (probe < 0)
        die("fork");
    if (probe == 0) {
        signal(SIGCHLD, SIG_DFL);
        exec_probe(argv);
    }
    for (;;) {
        int status;
        pid_t pid = wait(&status);
        if (pid == probe) {
            mark(T_REAPED);
            _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        }
        if (pid < 0 && errno != EINTR)
            die("wait");
    }
}

/* Returns 0 and does not return in the child; in the launcher returns the probe's status. */
static int run_isolated(int user, char **argv)
{
    int alive[2]; /* the launcher holds the write end: POLLHUP means it is gone */
    if (enter_namespaces(user) != 0)
        return -1;
    if (pipe2(alive, O_CLOEXEC) != 0)
        die("pipe");
    pid_t init = fork();
    if (init < 0)
        die("fork");
    if (init == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        close(alive[1]);
        struct pollfd pfd = { .fd = alive[0], .events = POLLIN };
        if (poll(&pfd, 1, 0) != 0) /* the launcher died before PDEATHSIG was armed */
            _exit(EXIT_SETUP);
        namespace_init(argv);
    }
    close(alive[0]);
    int status;
    while (waitpid(init, &status, 0) < 0)
        if (errno != EINTR)
            die("waitpid");
    report_moments();
    if (WIFSIGNALED(status)) {
        signal(WTERMSIG(status), SIG_DFL);
        kill(getpid(), WTERMSIG(status));
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : EXIT_SETUP;
}

/* Try a mode in a throwaway child: does the whole set-up work here? */
static int mode_works(int user)
{
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDERR_FILENO);
        char *argv[] = { "/bin/true", NULL };
        if (access(argv[0], X_OK) != 0)
            argv[0] = "/usr/bin/true";
        _exit(run_isolated(user, argv) == 0 ? 0 : 1);
    }
    int status;
    return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

static const char *choose(const char *wanted)
{
    if (!strcmp(wanted, "auto")) {
        if (geteuid() == 0 && mode_works(0))
            return "ns";
        if (mode_works(1))
            return "userns";
        return "none";
    }
    if (!strcmp(wanted, "ns") || !strcmp(wanted, "userns") || !strcmp(wanted, "none"))
        return wanted;
    fprintf(stderr, "ipcprobe-isolate: unknown isolation '%s' (auto, ns, userns, none)\n", wanted);
    exit(2);
}

static void usage(FILE *out)
{
    fputs("usage: ipcprobe-isolate [--isolation=auto|ns|userns|none] [--no-netns] [--preload=LIB]\n"
          "                        [--sysctl=kernel/msgmni=N]... PROBE [ARGS...]\n"
          "       ipcprobe-isolate --which [--isolation=MODE]\n"
          "       ipcprobe-isolate --box\n"
          "       ipcprobe-isolate --oracle\n", out);
}

int main(int argc, char **argv)
{
    const char *wanted = "auto";
    int which = 0, oracle = 0, i;
    for (i = 1; i < argc && argv[i][0] == '-'; i++) {
        if (!strncmp(argv[i], "--isolation=", 12))
            wanted = argv[i] + 12;
        else if (!strcmp(argv[i], "--no-netns"))
            netns = 0;
        else if (!strncmp(argv[i], "--preload=", 10))
            preload = argv[i] + 10;
        else if (!strncmp(argv[i], "--sysctl=", 9) && strchr(argv[i] + 9, '=') &&
                 n_sysctls < (int)(sizeof sysctls / sizeof *sysctls))
            sysctls[n_sysctls++] = argv[i] + 9;
        else if (!strcmp(argv[i], "--which"))
            which = 1;
        else if (!strcmp(argv[i], "--box")) {
            box_print_json(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--oracle")) {
            oracle = 1;
        } else if (!strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else {
            fprintf(stderr, "ipcprobe-isolate: unknown option %s\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }
    /* Die with the runner: a runner killed by any signal takes its probe along. */
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (oracle) {
        oracle_print_calibration(stdout, 0);
        return 0;
    }
    if (getenv("IPCPROBE_TIMING_FD")) {
        fcntl(atoi(getenv("IPCPROBE_TIMING_FD")), F_SETFD, FD_CLOEXEC); /* not the probe's */
        moments = mmap(NULL, T_COUNT * sizeof *moments, PROT_READ | PROT_WRITE,
                       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        if (moments == MAP_FAILED)
            moments = NULL;
        mark(T_START);
    }
    const char *mode = choose(wanted);
    if (which) {
        puts(mode);
        return 0;
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    if (preload)
        check_preload();
    if (!strcmp(mode, "none")) {
        if (n_sysctls) {
            fprintf(stderr, "ipcprobe-isolate: --sysctl needs a namespace (isolation ns or userns)\n");
            return 2;
        }
        exec_probe(argv + i);
    }
    int rc = run_isolated(!strcmp(mode, "userns"), argv + i);
    if (rc < 0)
        die("unshare (isolation %s)", mode);
    return rc;
}
