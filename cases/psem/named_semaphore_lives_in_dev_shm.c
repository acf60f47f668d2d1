#include "psem.h"
#include <stdio.h>
#include <sys/stat.h>

PROBE(.claim     = "On Linux with glibc a named semaphore \"/NAME\" is the file /dev/shm/sem.NAME "
                   "(a tmpfs file, mode as given to sem_open), removed by sem_unlink()",
      .reference = "sem_overview(7) \"Linux-specific details\" (\"named semaphores are created in "
                   "a virtual filesystem, normally mounted under /dev/shm, with names of the form "
                   "sem.somename\")",
      .how       = "sem_open(\"/ipcprobe-sem-file-PID\", O_CREAT|O_EXCL, 0600) must create the "
                   "regular file /dev/shm/sem.ipcprobe-sem-file-PID with mode 0600; after "
                   "sem_unlink() stat() of that path must fail with ENOENT.",
      .layer     = "libc");

PROBE_BODY
{
    const char *name = psem_name("sem-file");
    char path[128];
    struct stat st;
    snprintf(path, sizeof path, "/dev/shm/sem.%s", name + 1);
    PROBE_POISON(st);
    if (stat("/dev/shm", &st) != 0)
        probe_skip("no /dev/shm on this box: %s", errno_name(errno));
#ifndef __GLIBC__
    probe_skip("the /dev/shm/sem.NAME layout is glibc's; this libc is not glibc");
#endif
    psem_create_named(name, 0);

    EXPECT_TRUE(stat(path, &st) == 0, "expected %s to exist after sem_open; observed %s", path,
                errno_name(errno));
    EXPECT_TRUE(S_ISREG(st.st_mode), "expected %s a regular file; observed mode %o", path,
                (unsigned)st.st_mode);
    EXPECT_EQ(st.st_mode & 0777, 0600, "permission bits of the semaphore file");
    SETUP(sem_unlink(name));
    EXPECT_ERRNO(stat(path, &st), ENOENT);
}
