#include "probe.h"
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include "sock.h"
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <stdio.h>

PROBE(.claim     = "A TCP connection between two network namespaces (two network stacks, as on "
                   "two machines) joined by a veth pair delivers a multi-megabyte stream in order",
      .reference = "tcp(7) \"DESCRIPTION\"; network_namespaces(7); veth(4)",
      .seed      = "SEED-69",
      .kind      = "confirms",
      .how       = "Two children each unshare a new network namespace and hand the probe a TCP "
                   "socket made there (SCM_RIGHTS). `ip`, run inside them, joins them with a veth "
                   "pair (10.199.0.1/30 and 10.199.0.2/30, addresses that exist only there). "
                   "The probe connects the one to the other, a child writes 4 MiB and the probe "
                   "checks every byte.",
      .needs     = "cmd:ip",
      .timeout_s = 8);

enum { TOTAL = 4 << 20, PORT = 7099 };
static int chan[2], hold[2];

/* In a new network namespace: make a TCP socket (listening when `listener`), pass it up,
 * and keep the namespace alive until the probe ends (hold's write end closes). */
static int stack(void *listener)
{
    struct sockaddr_in any = { .sin_family = AF_INET, .sin_port = htons(PORT) };
    char c;
    close(hold[1]);
    if (unshare(CLONE_NEWNET) != 0)
        return 3;
    int s = socket(AF_INET, SOCK_STREAM, 0);
    if (s == -1 || (listener && (bind(s, (struct sockaddr *)&any, sizeof any) || listen(s, 1))))
        return 4;
    if (sock_send_fd(chan[0], s) != 1)
        return 5;
    close(s); /* the probe's copy is now the only one */
    return read(hold[0], &c, 1) == 0 ? 0 : 6;
}

/* Run `ip ARGS...` inside the network namespace of process `in`. */
static int ip_in(pid_t in, const char *args)
{
    char ns[64], cmd[256];
    snprintf(ns, sizeof ns, "/proc/%d/ns/net", (int)in);
    snprintf(cmd, sizeof cmd, "exec ip %s", args);
    pid_t pid = probe_fork();
    if (pid == 0) {
        int fd = open(ns, O_RDONLY);
        if (fd == -1 || setns(fd, CLONE_NEWNET) != 0)
            _exit(126);
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    return probe_reap(pid, PROBE_BOUND_MS);
}

/* Wait, inside the namespace of `in`, until `dev` is running (operationally up). Until the
 * kernel's link watcher has seen the carrier, the device drops what is sent to it, and a
 * lost SYN is only retried after a second. The link watcher runs at most once a second for
 * the whole box (linkwatch_fire_event), so on a busy box this can take over a second: the
 * bound is three times the usual. Returns 0 when running, else the child's status. */
static int wait_running(pid_t in, const char *dev)
{
    char ns[64];
    snprintf(ns, sizeof ns, "/proc/%d/ns/net", (int)in);
    pid_t pid = probe_fork();
    if (pid == 0) {
        int fd = open(ns, O_RDONLY), s;
        struct ifreq ifr = { 0 };
        if (fd == -1 || setns(fd, CLONE_NEWNET) != 0 || (s = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
            _exit(126);
        snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", dev);
        long long deadline = probe_now_ms() + probe_ms(3 * PROBE_BOUND_MS);
        while (probe_now_ms() < deadline) {
            if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_RUNNING))
                _exit(0);
            sched_yield();
        }
        _exit(1);
    }
    return probe_reap(pid, 4 * PROBE_BOUND_MS);
}

static void enter_user_namespace(void)
{
    char map[64];
    uid_t uid = geteuid();
    gid_t gid = getegid();
    if (unshare(CLONE_NEWUSER) != 0)
        probe_skip("not root and unshare(CLONE_NEWUSER) refused (%s): no CAP_NET_ADMIN for a "
                   "veth pair", errno_name(errno));
    FILE *f;
    if ((f = fopen("/proc/self/setgroups", "w")))
        fputs("deny", f), fclose(f);
    snprintf(map, sizeof map, "0 %d 1", (int)uid);
    if (!(f = fopen("/proc/self/uid_map", "w")) || fputs(map, f) < 0 || fclose(f))
        probe_error("writing uid_map failed: %s", errno_name(errno));
    snprintf(map, sizeof map, "0 %d 1", (int)gid);
    if (!(f = fopen("/proc/self/gid_map", "w")) || fputs(map, f) < 0 || fclose(f))
        probe_error("writing gid_map failed: %s", errno_name(errno));
}

static int client;

static int writer(void *arg)
{
    return sock_write_pattern(client, TOTAL);
}

PROBE_BODY
{
    if (geteuid() != 0)
        enter_user_namespace();
    sock_pair(SOCK_STREAM, chan);
    SETUP(pipe(hold));
    pid_t a = probe_spawn(stack, (void *)1);
    int listener = SETUP(sock_recv_fd(chan[1], 0));
    pid_t b = probe_spawn(stack, NULL);
    client = SETUP(sock_recv_fd(chan[1], 0));
    char args[128];
    snprintf(args, sizeof args, "link add va type veth peer name vb netns %d", (int)b);
    int st = ip_in(a, args);
    if (st != 0)
        probe_skip("`ip %s` in a fresh network namespace failed (%s): no veth support?", args,
                   describe_status(st));
    if (ip_in(a, "addr add 10.199.0.1/30 dev va") || ip_in(a, "link set va up") ||
        ip_in(b, "addr add 10.199.0.2/30 dev vb") || ip_in(b, "link set vb up"))
        probe_error("configuring the veth pair with ip failed");
    if (wait_running(a, "va") || wait_running(b, "vb"))
        probe_error("the veth pair did not come up (IFF_RUNNING) within the bound");

    struct sockaddr_in to = { .sin_family = AF_INET, .sin_port = htons(PORT) };
    inet_pton(AF_INET, "10.199.0.1", &to.sin_addr);
    sock_bound(client);
    sock_bound(listener);
    EXPECT_OK(connect(client, (struct sockaddr *)&to, sizeof to));
    int s = EXPECT_OK(accept(listener, NULL, NULL));
    sock_bound(s);
    pid_t w = probe_spawn(writer, NULL);
    SETUP(close(client));

    sock_expect_pattern(s, TOTAL, "4 MiB over TCP from one namespace to the other");
    expect_child_exit(w, 0, "the writer (1: a write failed)");
}
