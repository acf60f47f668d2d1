#include "pipe.h"
#include <fcntl.h>
#include <sys/stat.h>

PROBE(.claim     = "A FIFO has an inode but no data blocks: st_size and st_blocks stay 0 even "
                   "while data sits in it",
      .reference = "fifo(7) \"DESCRIPTION\"",
      .seed      = "SEED-20",
      .kind      = "confirms",
      .how       = "A FIFO opened O_RDWR holds 8192 unread bytes; stat() of the path and fstat() "
                   "of the descriptor must both report st_size 0 and st_blocks 0.");

static void expect_empty_inode(const struct stat *st, const char *how)
{
    EXPECT_EQ(st->st_size, 0, how);
    EXPECT_EQ(st->st_blocks, 0, how);
}

PROBE_BODY
{
    static char data[8192];
    struct stat st;
    const char *path = fifo_make("fifo", 0600);
    int fd = SETUP(open(path, O_RDWR));
    SETUP(write(fd, data, sizeof data));
    PROBE_POISON(st);
    SETUP(stat(path, &st));
    expect_empty_inode(&st, "stat() st_size/st_blocks with 8192 bytes buffered");
    PROBE_POISON(st);
    SETUP(fstat(fd, &st));
    expect_empty_inode(&st, "fstat() st_size/st_blocks with 8192 bytes buffered");
}
