#include "pipe.h"
#include <fcntl.h>

PROBE(.claim     = "open() opens an existing FIFO by its path, and two processes that share no "
                   "descriptor talk through it",
      .reference = "fifo(7) \"DESCRIPTION\"",
      .seed      = "SEED-21",
      .kind      = "confirms",
      .how       = "The probe opens the FIFO for reading (O_NONBLOCK|O_CLOEXEC: the descriptor is "
                   "not passed on); a separate program (helper fifo_write_by_path) opens the same "
                   "path for writing and writes \"hello\". Once it has exited the probe must "
                   "read \"hello\", then end of file.");

static const char *path, *helper;

static int writer(void *arg)
{
    execl(helper, "fifo_write_by_path", path, "hello", (char *)NULL);
    return 3;
}

PROBE_BODY
{
    char buf[16] = "";
    helper = probe_helper("fifo_write_by_path");
    path = fifo_make("fifo", 0600);
    int fd = EXPECT_OK(open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)); /* not inherited */
    pid_t child = probe_spawn(writer, NULL);
    expect_child_exit(child, 0, "the writing program (it opened the path and wrote)");
    EXPECT_EQ(EXPECT_OK(read(fd, buf, sizeof buf)), 5, "bytes read by path");
    EXPECT_TRUE(strcmp(buf, "hello") == 0, "expected \"hello\"; observed \"%s\"", buf);
    EXPECT_EQ(read(fd, buf, sizeof buf), 0, "read after the writer closed (end of file)");
}
