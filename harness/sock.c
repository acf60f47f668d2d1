/* Plumbing for the socket probes: see sock.h. */
#include "sock.h"
#include <arpa/inet.h>
#include <ctype.h>
#include <fcntl.h>
#include <sched.h>
#include <libgen.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

socklen_t sock_path_addr(struct sockaddr_un *sa, const char *path)
{
    memset(sa, 0, sizeof *sa);
    sa->sun_family = AF_UNIX;
    if (strlen(path) >= sizeof sa->sun_path) {
        char dir[PATH_MAX], base[PATH_MAX];
        snprintf(dir, sizeof dir, "%s", path);
        snprintf(base, sizeof base, "%s", path);
        if (chdir(dirname(dir)) != 0)
            probe_error("chdir into %s failed: %s", dir, errno_name(errno));
        path = basename(base);
        if (strlen(path) >= sizeof sa->sun_path)
            probe_error("socket name %s is longer than sun_path", path);
        strcpy(sa->sun_path, path);
    } else {
        strcpy(sa->sun_path, path);
    }
    return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + strlen(sa->sun_path) + 1);
}

socklen_t sock_abstract_addr(struct sockaddr_un *sa, const char *name)
{
    memset(sa, 0, sizeof *sa);
    sa->sun_family = AF_UNIX;
    int n = snprintf(sa->sun_path + 1, sizeof sa->sun_path - 1, "ipcprobe.%s.%d", name,
                     (int)getpid());
    return (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n);
}

static int unix_socket(int type)
{
    int fd = socket(AF_UNIX, type, 0);
    if (fd == -1)
        probe_error("socket(AF_UNIX) failed: %s", errno_name(errno));
    return fd;
}

static int listen_at(int fd, struct sockaddr_un *sa, socklen_t len, int type)
{
    if (bind(fd, (struct sockaddr *)sa, len) == -1)
        probe_error("bind of a fresh UNIX socket failed: %s", errno_name(errno));
    if (type != SOCK_DGRAM && listen(fd, 8) == -1)
        probe_error("listen failed: %s", errno_name(errno));
    sock_bound(fd);
    return fd;
}

int sock_bind_path(const char *path, int type)
{
    struct sockaddr_un sa;
    socklen_t len = sock_path_addr(&sa, path);
    int fd = unix_socket(type);
    probe_defer_remove(PROBE_FILE, 0, path);
    if (bind(fd, (struct sockaddr *)&sa, len) == -1)
        probe_error("bind of a fresh UNIX socket to %s failed: %s", path, errno_name(errno));
    return fd;
}

int sock_listen_path(const char *path, int type)
{
    struct sockaddr_un sa;
    socklen_t len = sock_path_addr(&sa, path);
    int fd = unix_socket(type);
    probe_defer_remove(PROBE_FILE, 0, path);
    return listen_at(fd, &sa, len, type);
}

static int connect_to(int fd, struct sockaddr_un *sa, socklen_t len)
{
    if (connect(fd, (struct sockaddr *)sa, len) == -1) {
        int err = errno;
        close(fd);
        errno = err;
        return -1;
    }
    sock_bound(fd);
    return fd;
}

int sock_connect_path(const char *path, int type)
{
    struct sockaddr_un sa;
    socklen_t len = sock_path_addr(&sa, path);
    return connect_to(unix_socket(type), &sa, len);
}

int sock_listen_abstract(const char *name, pid_t pid)
{
    struct sockaddr_un sa;
    socklen_t len = sock_abstract_addr(&sa, name);
    (void)pid; /* the listener is this process */
    return listen_at(unix_socket(SOCK_STREAM), &sa, len, SOCK_STREAM);
}

int sock_connect_abstract(const char *name, pid_t pid)
{
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    int n = snprintf(sa.sun_path + 1, sizeof sa.sun_path - 1, "ipcprobe.%s.%d", name, (int)pid);
    return connect_to(unix_socket(SOCK_STREAM), &sa,
                      (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + n));
}

int sock_is_autobound(const struct sockaddr_un *sa, socklen_t len)
{
    if (len != sizeof(sa_family_t) + 6 || sa->sun_path[0] != '\0')
        return 0;
    for (int i = 1; i < 6; i++)
        if (!isxdigit((unsigned char)sa->sun_path[i]) || isupper((unsigned char)sa->sun_path[i]))
            return 0;
    return 1;
}

int sock_unshare_net(void)
{
    char map[64];
    uid_t uid = geteuid();
    if (unshare(CLONE_NEWNET) == 0)
        return 0;
    if (errno != EPERM || unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        return -1;
    int fd = open("/proc/self/uid_map", O_WRONLY);
    int n = snprintf(map, sizeof map, "%d %d 1\n", (int)uid, (int)uid);
    int ok = fd >= 0 && write(fd, map, (size_t)n) == n;
    if (fd >= 0)
        close(fd);
    return ok ? 0 : -1;
}

void sock_bound(int fd)
{
    int ms = probe_ms(PROBE_BOUND_MS);
    struct timeval tv = { .tv_sec = ms / 1000, .tv_usec = (ms % 1000) * 1000 };
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
}

void sock_pair(int type, int sv[2])
{
    if (socketpair(AF_UNIX, type, 0, sv) == -1)
        probe_error("socketpair(AF_UNIX) failed: %s", errno_name(errno));
    sock_bound(sv[0]);
    sock_bound(sv[1]);
}

ssize_t sock_send_fd(int sock, int fd)
{
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } ctl;
    struct iovec iov = { .iov_base = "F", .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf,
                          .msg_controllen = sizeof ctl.buf };
    memset(&ctl, 0, sizeof ctl);
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(c), &fd, sizeof fd);
    return sendmsg(sock, &msg, MSG_NOSIGNAL);
}

int sock_recv_fd(int sock, int flags)
{
    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } ctl;
    char byte;
    struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf,
                          .msg_controllen = sizeof ctl.buf };
    if (recvmsg(sock, &msg, flags) != 1)
        return -1;
    for (struct cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
        if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
            int fd;
            memcpy(&fd, CMSG_DATA(c), sizeof fd);
            return fd;
        }
    }
    errno = EBADMSG;
    return -1;
}

int tcp_listen_loopback(uint16_t *port)
{
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    socklen_t len = sizeof sa;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd == -1)
        probe_error("socket(AF_INET, SOCK_STREAM) failed: %s", errno_name(errno));
    if (bind(fd, (struct sockaddr *)&sa, sizeof sa) == -1 || listen(fd, 8) == -1 ||
        getsockname(fd, (struct sockaddr *)&sa, &len) == -1)
        probe_error("a TCP listener on 127.0.0.1 port 0 failed: %s (is lo up?)",
                    errno_name(errno));
    sock_bound(fd);
    *port = ntohs(sa.sin_port);
    return fd;
}

int tcp_connect(const char *ip, uint16_t port)
{
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(port) };
    if (inet_pton(AF_INET, ip, &sa.sin_addr) != 1)
        probe_error("bad IPv4 address %s", ip);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd == -1)
        probe_error("socket(AF_INET, SOCK_STREAM) failed: %s", errno_name(errno));
    sock_bound(fd);
    if (connect(fd, (struct sockaddr *)&sa, sizeof sa) == -1) {
        int err = errno;
        close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

int sock_loopback(int family, int type, struct sockaddr_storage *addr, socklen_t *len)
{
    const char *name = family == AF_INET6 ? "::1" : "127.0.0.1";
    memset(addr, 0, sizeof *addr);
    if (family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)addr;
        in6->sin6_family = AF_INET6;
        in6->sin6_addr = in6addr_loopback;
        *len = sizeof *in6;
    } else {
        struct sockaddr_in *in = (struct sockaddr_in *)addr;
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        *len = sizeof *in;
    }
    int fd = socket(family, type, 0);
    if (fd == -1 && family == AF_INET6 && errno == EAFNOSUPPORT)
        probe_skip("this kernel has no IPv6 (socket(AF_INET6) failed: EAFNOSUPPORT)");
    if (fd == -1)
        probe_error("socket(%s) failed: %s", family == AF_INET6 ? "AF_INET6" : "AF_INET",
                    errno_name(errno));
    if (bind(fd, (struct sockaddr *)addr, *len) == -1) {
        if (family == AF_INET6 && errno == EADDRNOTAVAIL)
            probe_skip("the loopback interface has no IPv6 address ::1 (IPv6 disabled?)");
        probe_error("bind to %s port 0 failed: %s (is lo up?)", name, errno_name(errno));
    }
    if ((type == SOCK_STREAM && listen(fd, 8) == -1) ||
        getsockname(fd, (struct sockaddr *)addr, len) == -1)
        probe_error("a socket on %s port 0 failed: %s", name, errno_name(errno));
    sock_bound(fd);
    return fd;
}

int sock_listen_any6(int v6only, uint16_t *port)
{
    struct sockaddr_in6 any = { .sin6_family = AF_INET6, .sin6_addr = IN6ADDR_ANY_INIT };
    socklen_t len = sizeof any;
    int fd = socket(AF_INET6, SOCK_STREAM, 0);
    if (fd == -1 && errno == EAFNOSUPPORT)
        probe_skip("this kernel has no IPv6 (socket(AF_INET6) failed: EAFNOSUPPORT)");
    if (fd == -1 || setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof v6only) == -1 ||
        bind(fd, (struct sockaddr *)&any, sizeof any) == -1 || listen(fd, 8) == -1 ||
        getsockname(fd, (struct sockaddr *)&any, &len) == -1)
        probe_error("an IPv6 TCP listener on [::] (IPV6_V6ONLY %d) failed: %s", v6only,
                    errno_name(errno));
    sock_bound(fd);
    *port = ntohs(any.sin6_port);
    return fd;
}

int sock_connect_to(int family, int type, const struct sockaddr_storage *addr, socklen_t len)
{
    int fd = socket(family, type, 0);
    if (fd == -1)
        probe_error("socket(family %d) failed: %s", family, errno_name(errno));
    sock_bound(fd);
    if (connect(fd, (const struct sockaddr *)addr, len) == -1) {
        int err = errno;
        close(fd);
        errno = err;
        return -1;
    }
    return fd;
}

/* ---- the checked payload ----------------------------------------------------------- */

static unsigned char pattern_byte(uint64_t off)
{
    uint32_t x = (uint32_t)off * 2654435761u ^ (uint32_t)(off >> 32);
    return (unsigned char)(x >> 24 ^ x >> 11);
}

static uint32_t fnv1a(uint32_t h, const unsigned char *p, size_t n)
{
    while (n--)
        h = (h ^ *p++) * 16777619u;
    return h;
}

enum { CHUNK = 65536 };

int sock_write_pattern(int fd, size_t total)
{
    static unsigned char buf[CHUNK];
    for (size_t off = 0; off < total;) {
        size_t n = total - off < CHUNK ? total - off : CHUNK;
        for (size_t i = 0; i < n; i++)
            buf[i] = pattern_byte(off + i);
        for (size_t done = 0; done < n;) {
            ssize_t w = write(fd, buf + done, n - done);
            if (w <= 0)
                return 1;
            done += (size_t)w;
        }
        off += n;
    }
    return 0;
}

void sock_expect_pattern(int fd, size_t total, const char *what)
{
    static unsigned char buf[CHUNK];
    uint32_t got_sum = 2166136261u, want_sum = 2166136261u;
    size_t off = 0, bad = (size_t)-1;
    for (;;) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r == -1)
            probe_fail("%s: expected %zu bytes then end of file; observed read() failing with "
                       "%s after %zu bytes", what, total, errno_name(errno), off);
        if (r == 0)
            break;
        got_sum = fnv1a(got_sum, buf, (size_t)r);
        for (ssize_t i = 0; i < r; i++) {
            unsigned char want = pattern_byte(off + (size_t)i);
            if (off + (size_t)i < total)
                want_sum = fnv1a(want_sum, &want, 1);
            if (bad == (size_t)-1 && (off + (size_t)i >= total || buf[i] != want))
                bad = off + (size_t)i;
        }
        off += (size_t)r;
    }
    if (off < total)
        for (size_t i = off; i < total; i++) {
            unsigned char want = pattern_byte(i);
            want_sum = fnv1a(want_sum, &want, 1);
        }
    EXPECT_TRUE(off == total && bad == (size_t)-1,
                "%s: expected %zu bytes intact (checksum %08x); observed %zu bytes (checksum "
                "%08x), first difference at offset %zd", what, total, want_sum, off, got_sum,
                bad == (size_t)-1 ? (ssize_t)off : (ssize_t)bad);
}

void sock_send_oob(int fd, char byte)
{
    if (send(fd, &byte, 1, MSG_OOB) == 1)
        return;
    if (errno == EOPNOTSUPP)
        probe_skip_absent("send(MSG_OOB) on a UNIX stream socket failed with EOPNOTSUPP "
                          "(no out-of-band data before 5.15, or CONFIG_AF_UNIX_OOB off)");
    probe_error("send of one out-of-band byte failed: %s", errno_name(errno));
}
