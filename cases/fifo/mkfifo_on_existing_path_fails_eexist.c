#include "pipe.h"
#include <fcntl.h>
#include <sys/stat.h>

PROBE(.claim     = "mkfifo() on a path that already exists fails with EEXIST",
      .reference = "mkfifo(3) \"ERRORS\"",
      .seed      = "SEED-17",
      .kind      = "confirms",
      .how       = "A FIFO is made, then mkfifo() on the same path must fail with EEXIST; so must "
                   "mkfifo() on a path holding a regular file.");

PROBE_BODY
{
    const char *fifo = fifo_make("fifo", 0600);
    EXPECT_ERRNO(mkfifo(fifo, 0600), EEXIST);
    const char *file = probe_path("file");
    SETUP(close(SETUP(open(file, O_CREAT | O_WRONLY, 0600))));
    probe_defer_remove(PROBE_FILE, 0, file);
    EXPECT_ERRNO(mkfifo(file, 0600), EEXIST);
}
