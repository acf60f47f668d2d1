#include "lock.h"

PROBE(.claim     = "F_GETLK describes a conflicting lock: its type, its byte range and, in "
                   "l_pid, the process that holds it",
      .reference = "fcntl(2) \"Advisory record locking\" (F_GETLK)",
      .how       = "A child write-locks bytes 10-19 and holds them. The probe asks F_GETLK for a "
                   "write lock on bytes 0-99: the answer must be F_WRLCK, l_start 10, l_len 10 and "
                   "l_pid the child's pid.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 10, 10 }, 1);
    int fd = lock_open(path, O_RDWR);
    struct flock fl = lock_query(fd, F_GETLK, F_WRLCK, 0, 100);
    EXPECT_TRUE(fl.l_type == F_WRLCK, "l_type: expected F_WRLCK; observed %s",
                lock_type_name(fl.l_type));
    EXPECT_EQ(fl.l_start, 10, "l_start of the conflicting lock");
    EXPECT_EQ(fl.l_len, 10, "l_len of the conflicting lock");
    EXPECT_EQ(fl.l_pid, h.pid, "l_pid (the holder's pid)");
    lock_release(&h);
}
