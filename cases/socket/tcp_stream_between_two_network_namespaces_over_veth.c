#include "probe.h"
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include "sock.h"
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>

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

/* Run `ip ARGS...` inside the network namespace of process `in`, within `ms`; what it
 * printed (stdout and stderr) goes to out. Returns its wait status, -1 at the bound. */
static int ip_in(pid_t in, const char *args, int ms, char *out, size_t len)
{
    char ns[64], cmd[256];
    int said[2];
    snprintf(ns, sizeof ns, "/proc/%d/ns/net", (int)in);
    snprintf(cmd, sizeof cmd, "exec ip %s", args);
    SETUP(pipe2(said, O_CLOEXEC));
    pid_t pid = probe_fork();
    if (pid == 0) {
        dup2(said[1], STDOUT_FILENO);
        dup2(said[1], STDERR_FILENO);
        int fd = open(ns, O_RDONLY);
        if (fd == -1 || setns(fd, CLONE_NEWNET) != 0) {
            fprintf(stderr, "entering %s: %s", ns, errno_name(errno));
            _exit(126);
        }
        execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
        _exit(127);
    }
    close(said[1]);
    int status = probe_reap(pid, ms);
    ssize_t n = read(said[0], out, len - 1); /* it has ended: all it wrote is there */
    out[n > 0 ? n : 0] = '\0';
    out[strcspn(out, "\n")] = '\0';
    close(said[0]);
    return status;
}

/* `ip ARGS` in the namespace of `in` as set-up: ERROR, with what it said, if it fails. */
static void ip_setup(pid_t in, const char *args)
{
    char said[256];
    int st = ip_in(in, args, PROBE_BOUND_MS, said, sizeof said);
    if (st != 0)
        probe_error("configuring the veth pair: `ip %s` %s%s%s", args, describe_status(st),
                    *said ? ": " : "", said);
}

/* The veth pair, or SKIP saying what was observed. va gets index 9 and vb the first free
 * one of its fresh namespace (2): the kernel's link watcher applies at once the carrier of a
 * device whose index differs from its peer's (linkwatch_urgent_event); two equal indexes
 * would wait for its batch, run at most once a second for the whole box (about a second
 * for vb). The veth module may be loaded by this very call (modprobe, slow under an
 * emulator): three times the usual bound. */
static void make_veth_pair(pid_t a, pid_t b)
{
    char args[128], said[256];
    int ms = 3 * PROBE_BOUND_MS;
    snprintf(args, sizeof args, "link add va index 9 type veth peer name vb netns %d", (int)b);
    int st = ip_in(a, args, ms, said, sizeof said);
    if (st == -1)
        probe_skip("`ip %s` did not finish within %d ms (loading the veth module under "
                   "emulation? TIME_SCALE= stretches the bound)", args, probe_ms(ms));
    if (st != 0 && (strstr(said, "Unknown device type") || strstr(said, "not supported")))
        probe_skip("this kernel has no veth: `ip %s` %s: %s", args, describe_status(st), said);
    if (st != 0)
        probe_skip("`ip %s` in a fresh network namespace %s%s%s", args, describe_status(st),
                   *said ? ": " : "", said);
}

/* Wait, inside the namespace of `in`, until `dev` is running (operationally up). Until the
 * kernel's link watcher has seen the carrier, the device drops what is sent to it, and a
 * lost SYN is only retried after a second. The child looks again at each link notification
 * (RTMGRP_LINK, joined before it first looks), within three times the usual bound (should
 * the link watcher wait for its once-a-second batch after all). Returns 0 when running,
 * else the child's status. */
static int wait_running(pid_t in, const char *dev)
{
    char ns[64];
    snprintf(ns, sizeof ns, "/proc/%d/ns/net", (int)in);
    pid_t pid = probe_fork();
    if (pid == 0) {
        struct sockaddr_nl links = { .nl_family = AF_NETLINK, .nl_groups = RTMGRP_LINK };
        struct ifreq ifr = { 0 };
        int fd = open(ns, O_RDONLY), s, nl;
        if (fd == -1 || setns(fd, CLONE_NEWNET) != 0 || (s = socket(AF_INET, SOCK_DGRAM, 0)) < 0 ||
            (nl = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE)) < 0 ||
            bind(nl, (struct sockaddr *)&links, sizeof links) != 0)
            _exit(126);
        snprintf(ifr.ifr_name, sizeof ifr.ifr_name, "%s", dev);
        long long deadline = probe_now_ms() + probe_ms(3 * PROBE_BOUND_MS);
        for (;;) {
            if (ioctl(s, SIOCGIFFLAGS, &ifr) == 0 && (ifr.ifr_flags & IFF_RUNNING))
                _exit(0);
            long long left = deadline - probe_now_ms();
            char news[8192];
            if (left <= 0)
                _exit(1);
            if (poll(&(struct pollfd){ .fd = nl, .events = POLLIN }, 1, (int)left) > 0)
                recv(nl, news, sizeof news, MSG_DONTWAIT);
        }
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
    make_veth_pair(a, b);
    ip_setup(a, "addr add 10.199.0.1/30 dev va");
    ip_setup(a, "link set va up");
    ip_setup(b, "addr add 10.199.0.2/30 dev vb");
    ip_setup(b, "link set vb up");
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
