/*
 * sock.h — plumbing for the socket probes (cases/socket/): addresses, listeners, passing
 * descriptors, bounded waits, and a checked multi-megabyte stream.
 * Set-up failures end the probe with ERROR; calls under test are left to the probe.
 */
#ifndef IPCPROBE_SOCK_H
#define IPCPROBE_SOCK_H
#include "probe.h"
#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <sys/un.h>

/* A path-bound UNIX address. sun_path holds 108 bytes: a longer path is reached by
 * chdir() into its directory and using the relative name. Returns the address length. */
socklen_t sock_path_addr(struct sockaddr_un *sa, const char *path);
/* An abstract UNIX address: a leading NUL, then `name` and this process's pid. */
socklen_t sock_abstract_addr(struct sockaddr_un *sa, const char *name);
/* socket(AF_UNIX, type) bound to `path` (registered for removal); not listening. */
int sock_bind_path(const char *path, int type);
/* socket(AF_UNIX, type) bound to `path` (registered for removal) and listening. */
int sock_listen_path(const char *path, int type);
/* socket(AF_UNIX, type) + connect to `path`: the fd, or -1 with errno from connect(). */
int sock_connect_path(const char *path, int type);
/* The same on an abstract name (see sock_abstract_addr; use the listener's pid). */
int sock_listen_abstract(const char *name, pid_t pid);
int sock_connect_abstract(const char *name, pid_t pid);

/* Is this (from getsockname) an autobound UNIX address: a NUL then 5 characters of [0-9a-f]? */
int sock_is_autobound(const struct sockaddr_un *sa, socklen_t len);

/* In a child: move into a new network namespace (inside a new user namespace mapping this
 * uid to itself when the caller may not make one alone). 0, or -1 with errno. */
int sock_unshare_net(void);

/* SO_RCVTIMEO and SO_SNDTIMEO of PROBE_BOUND_MS (scaled): no call on fd waits forever. */
void sock_bound(int fd);
/* A UNIX socket pair of `type`, both ends bounded. ERROR if it cannot be made. */
void sock_pair(int type, int sv[2]);

/* Send one byte with `fd` attached (SCM_RIGHTS); sendmsg's result. */
ssize_t sock_send_fd(int sock, int fd);
/* Receive one byte and the descriptor it carries: the new fd, or -1 (errno set; EBADMSG
 * when the message came without a descriptor). `flags` go to recvmsg (MSG_CMSG_CLOEXEC). */
int sock_recv_fd(int sock, int flags);

/* TCP over loopback: a listener on 127.0.0.1 port 0 (the port chosen is stored). */
int tcp_listen_loopback(uint16_t *port);
/* socket(AF_INET, SOCK_STREAM) + connect to ip:port: the fd, or -1 with connect's errno. */
int tcp_connect(const char *ip, uint16_t port);

/* A socket of `type` on the loopback address of `family` (127.0.0.1 for AF_INET, ::1 for
 * AF_INET6), port 0, bounded; SOCK_STREAM listens. *addr and *len get the address bound.
 * SKIP when the box has no such loopback (no IPv6, or ::1 not configured). */
int sock_loopback(int family, int type, struct sockaddr_storage *addr, socklen_t *len);
/* An AF_INET6 TCP listener on [::] port 0 with IPV6_V6ONLY set to v6only (bounded); the
 * port is stored. SKIP when the kernel has no IPv6. */
int sock_listen_any6(int v6only, uint16_t *port);
/* socket(family, type) + connect to addr: the fd (bounded), or -1 with connect's errno. */
int sock_connect_to(int family, int type, const struct sockaddr_storage *addr, socklen_t len);

/* A payload whose every byte depends on its offset (dropped, doubled or reordered
 * chunks all show). sock_write_pattern writes `total` bytes with write() and returns 0,
 * or 1 on a short or failed write (for children). */
int sock_write_pattern(int fd, size_t total);
/* Read with read() until end of file and FAIL unless exactly the `total`-byte pattern
 * arrived; the message gives the first wrong offset and both checksums. */
void sock_expect_pattern(int fd, size_t total, const char *what);

/* Send `byte` as out-of-band data (MSG_OOB) on a UNIX stream socket; SKIP as absent (Linux
 * 5.15, CONFIG_AF_UNIX_OOB) when the kernel refuses it with EOPNOTSUPP. ERROR otherwise. */
void sock_send_oob(int fd, char byte);

#endif
