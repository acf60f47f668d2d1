#include "lock.h"

PROBE(.claim     = "F_GETLK on a range no other process has locked answers F_UNLCK and leaves "
                   "the rest of the structure as given",
      .reference = "fcntl(2) \"Advisory record locking\" (F_GETLK: \"returns F_UNLCK in the l_type "
                   "field of lock and leaves the other fields of the structure unchanged\")",
      .how       = "A child write-locks bytes 0-9 and holds them. F_GETLK for a write lock on bytes "
                   "10-19 must answer l_type F_UNLCK with l_start still 10.");

PROBE_BODY
{
    const char *path = lock_file();
    struct lock_holder h = lock_hold(path, &(struct lock_step){ F_SETLK, F_WRLCK, 0, 10 }, 1);
    int fd = lock_open(path, O_RDWR);
    struct flock fl = lock_query(fd, F_GETLK, F_WRLCK, 10, 10);
    EXPECT_TRUE(fl.l_type == F_UNLCK, "l_type for the free bytes 10-19: expected F_UNLCK; "
                "observed %s", lock_type_name(fl.l_type));
    EXPECT_EQ(fl.l_start, 10, "l_start left as given");
    lock_release(&h);
}
