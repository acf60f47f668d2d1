/*
 * eventfd_peer PATH VALUE — an unrelated program for the eventfd probes: connect to the UNIX
 * stream socket at PATH (relative if too long for sun_path: run from its directory), receive
 * one descriptor (SCM_RIGHTS) and write the 8-byte VALUE to it.
 * Exit 0 on success; 2 connect, 3 no descriptor, 4 not an eventfd, 5 write failed.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 64;
    struct sockaddr_un sa = { .sun_family = AF_UNIX };
    struct timeval tv = { .tv_sec = 10 };
    const char *path = argv[1];
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
    char byte, link[64] = "", proc[64];
    struct iovec iov = { .iov_base = &byte, .iov_len = 1 };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = ctl.buf,
                          .msg_controllen = sizeof ctl.buf };
    struct cmsghdr *cm;
    int fd;
    if (recvmsg(s, &msg, 0) != 1 || !(cm = CMSG_FIRSTHDR(&msg)) || cm->cmsg_type != SCM_RIGHTS)
        return 3;
    memcpy(&fd, CMSG_DATA(cm), sizeof fd);
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    if (readlink(proc, link, sizeof link - 1) <= 0 || strcmp(link, "anon_inode:[eventfd]") != 0)
        return 4;
    uint64_t value = strtoull(argv[2], NULL, 10);
    return write(fd, &value, sizeof value) == sizeof value ? 0 : 5;
}
