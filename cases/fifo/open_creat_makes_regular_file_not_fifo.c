#include "pipe.h"
#include <fcntl.h>
#include <sys/stat.h>

PROBE(.claim     = "open() cannot create a FIFO: open(path, O_CREAT) on a missing path makes a "
                   "regular file; a FIFO needs mkfifo() or mknod()",
      .reference = "open(2) \"O_CREAT\"; mknod(2) \"DESCRIPTION\"",
      .seed      = "SEED-19",
      .kind      = "confirms",
      .how       = "open(O_CREAT|O_RDWR) on a missing path must make S_ISREG, and "
                   "mknod(S_IFIFO) on another path must make S_ISFIFO.");

PROBE_BODY
{
    struct stat st;
    const char *file = probe_path("created");
    SETUP(close(EXPECT_OK(open(file, O_CREAT | O_RDWR, 0600))));
    probe_defer_remove(PROBE_FILE, 0, file);
    PROBE_POISON(st);
    SETUP(stat(file, &st));
    EXPECT_TRUE(S_ISREG(st.st_mode), "open(O_CREAT): expected a regular file; observed type 0%o",
                (unsigned)(st.st_mode & S_IFMT));
    const char *node = probe_path("node");
    EXPECT_OK(mknod(node, S_IFIFO | 0600, 0));
    probe_defer_remove(PROBE_FILE, 0, node);
    PROBE_POISON(st);
    SETUP(stat(node, &st));
    EXPECT_TRUE(S_ISFIFO(st.st_mode), "mknod(S_IFIFO): expected a FIFO; observed type 0%o",
                (unsigned)(st.st_mode & S_IFMT));
}
