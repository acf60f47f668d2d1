#include "probe.h"
#include <sys/ioctl.h>

PROBE(.claim     = "After fork() a child made to wait on a pipe does nothing more until the "
                   "parent releases it, whichever of the two the scheduler runs first",
      .reference = "fork(2) \"DESCRIPTION\"; pipe(7) \"I/O on pipes and FIFOs\"",
      .seed      = "SEED-04",
      .kind      = "confirms",
      .how       = "The child reads a 'go' pipe, then writes 'r' to a 'ran' pipe. While the oracle "
                   "sees it asleep in read(), the 'ran' pipe must be empty (FIONREAD 0); after the "
                   "parent writes 'go', the 'r' arrives.");

static int go[2], ran[2];

static int child(void *arg)
{
    char c;
    if (read(go[0], &c, 1) != 1)
        return 1;
    return write(ran[1], "r", 1) == 1 ? 0 : 2;
}

PROBE_BODY
{
    int queued = -1;
    char c = 0;
    SETUP(pipe(go));
    SETUP(pipe(ran));
    pid_t pid = probe_spawn(child, NULL);

    expect_blocked(pid, SYS_read, PROBE_BOUND_MS, "the child's read() of the 'go' pipe");
    SETUP(ioctl(ran[0], FIONREAD, &queued));
    EXPECT_EQ(queued, 0, "bytes the child wrote before it was released");
    SETUP(write(go[1], "g", 1));
    expect_child_exit(pid, 0, "the released child");
    EXPECT_EQ(read(ran[0], &c, 1), 1, "bytes read from the 'ran' pipe after the release");
}
