#include "pipe.h"
#include <sys/stat.h>

PROBE(.claim     = "mkfifo(path, mode) returns 0 and creates a file system node of type FIFO",
      .reference = "mkfifo(3) \"DESCRIPTION\"; inode(7) \"The file type and mode\"",
      .seed      = "SEED-16",
      .kind      = "confirms",
      .how       = "mkfifo() on a fresh path in the probe's directory must return 0, and stat() "
                   "of the path must show S_ISFIFO (the type ls -l shows as 'p').");

PROBE_BODY
{
    struct stat st;
    const char *path = probe_path("fifo");
    EXPECT_EQ(mkfifo(path, 0600), 0, "mkfifo() return value");
    probe_defer_remove(PROBE_FILE, 0, path);
    PROBE_POISON(st);
    SETUP(stat(path, &st));
    EXPECT_TRUE(S_ISFIFO(st.st_mode), "expected a FIFO (S_IFIFO); observed file type 0%o",
                (unsigned)(st.st_mode & S_IFMT));
}
