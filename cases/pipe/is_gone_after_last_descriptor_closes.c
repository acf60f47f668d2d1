#include "pipe.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

PROBE(.claim     = "A pipe is gone when the last descriptor to it is closed: nothing can reach it",
      .reference = "pipe(7) \"DESCRIPTION\"",
      .seed      = "SEED-13",
      .kind      = "confirms",
      .how       = "While a pipe is open, /proc/self/fd/N reopens it; after both ends are closed "
                   "that path fails with ENOENT and no descriptor of the process names "
                   "pipe:[<its inode>] any more.");

PROBE_BODY
{
    int fd[2];
    char proc[64], name[64], link[64], entry[300];
    struct stat st;
    SETUP(pipe(fd));
    PROBE_POISON(st);
    SETUP(fstat(fd[0], &st));
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd[0]);
    snprintf(name, sizeof name, "pipe:[%llu]", (unsigned long long)st.st_ino);
    SETUP(close(SETUP(open(proc, O_RDONLY | O_NONBLOCK)))); /* reachable while open */
    SETUP(close(fd[0]));
    SETUP(close(fd[1]));
    EXPECT_ERRNO(open(proc, O_RDONLY | O_NONBLOCK), ENOENT);
    DIR *d = SETUP_PTR(opendir("/proc/self/fd"), NULL);
    for (struct dirent *e; (e = readdir(d));) {
        snprintf(entry, sizeof entry, "/proc/self/fd/%s", e->d_name);
        ssize_t n = readlink(entry, link, sizeof link - 1);
        link[n > 0 ? n : 0] = '\0';
        EXPECT_TRUE(strcmp(link, name) != 0, "expected no descriptor on the closed pipe; "
                    "observed %s -> %s", entry, link);
    }
}
