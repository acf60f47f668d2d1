#include "pipe.h"
#include <stdio.h>
#include <sys/stat.h>

PROBE(.claim     = "A pipe lives in kernel memory only: it has no name in any directory",
      .reference = "pipe(7) \"DESCRIPTION\"",
      .seed      = "SEED-13",
      .kind      = "confirms",
      .how       = "For both ends, /proc/self/fd/N must read \"pipe:[<inode>]\" (the kernel's "
                   "pipefs, no path) with the inode fstat() reports, not a path in a directory.");

static void expect_anonymous(int fd)
{
    char link[64], want[64], proc[64];
    struct stat st;
    PROBE_POISON(st);
    SETUP(fstat(fd, &st));
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    ssize_t n = SETUP(readlink(proc, link, sizeof link - 1));
    link[n] = '\0';
    snprintf(want, sizeof want, "pipe:[%llu]", (unsigned long long)st.st_ino);
    EXPECT_TRUE(strcmp(link, want) == 0, "%s: expected \"%s\" (no name); observed \"%s\"", proc,
                want, link);
}

PROBE_BODY
{
    int fd[2];
    SETUP(pipe(fd));
    expect_anonymous(fd[0]);
    expect_anonymous(fd[1]);
}
