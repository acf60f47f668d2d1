/*
 * socket_fd_reader PATH — an unrelated program for the SCM_RIGHTS probes: connect to the
 * UNIX stream socket at PATH (relative if too long for sun_path: run from its directory),
 * receive one descriptor, check it is a pipe, read what is in it, and send that back.
 * Exit 0 on success; 2 connect, 3 no descriptor, 4 not a pipe, 5 read, 6 send failed.
 * socket_fd_reader PATH VALUE — the same, but the descriptor must be an eventfd, and the
 * program writes the 8-byte VALUE to it (4 not an eventfd, 5 write failed).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

static int write_eventfd(int fd, uint64_t value)
{
    char proc[64], link[64] = "";
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    if (readlink(proc, link, sizeof link - 1) <= 0 || strcmp(link, "anon_inode:[eventfd]") != 0)
        return 4;
    return write(fd, &value, sizeof value) == sizeof value ? 0 : 5;
}

int main(int argc, char **argv)
{
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    struct timeval tv = { .tv_sec = 10 };
    const char *path = argc > 1 ? argv[1] : "";
    if (strlen(path) >= sizeof sa.sun_path) {
        const char *slash = strrchr(path, '/');
        char dir[4096];
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
        if (chdir(dir) != 0)
            return 2;
        path = slash + 1;
    }
    snprintf(sa.sun_path, sizeof sa.sun_path, "%s", path);
    int s = socket(AF_UNIX, SOCK_STREAM, 0);
    setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (s == -1 || connect(s, (struct sockaddr *)&sa, sizeof sa) == -1)
        return 2;

    union { struct cmsghdr h; char buf[CMSG_SPACE(sizeof(int))]; } ctl;
    char byte, data[64];
    struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf,
                          .msg_controllen = sizeof ctl.buf };
    struct cmsghdr *cm;
    int fd;
    struct stat st;
    if (recvmsg(s, &msg, 0) != 1 || !(cm = CMSG_FIRSTHDR(&msg)) || cm->cmsg_type != SCM_RIGHTS)
        return 3;
    memcpy(&fd, CMSG_DATA(cm), sizeof fd);
    if (argc > 2)
        return write_eventfd(fd, strtoull(argv[2], NULL, 10));
    if (fstat(fd, &st) != 0 || !S_ISFIFO(st.st_mode))
        return 4;
    ssize_t n = read(fd, data, sizeof data);
    if (n <= 0)
        return 5;
    return write(s, data, (size_t)n) == n ? 0 : 6;
}
