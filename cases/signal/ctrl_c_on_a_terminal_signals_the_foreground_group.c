#include "signals.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>

PROBE(.claim     = "The terminal's interrupt character (VINTR, Ctrl+C) sends SIGINT to the foreground process group only",
      .reference = "termios(3) \"Special characters\" (VINTR)",
      .seed      = "SEED-36",
      .kind      = "confirms",
      .how       = "A session leader takes a pseudo-terminal as controlling terminal, puts a child in a "
                   "new process group and makes that group the foreground one (tcsetpgrp). Writing the "
                   "VINTR character to the master must deliver SIGINT to the foreground child and not "
                   "to the leader, now in the background (both block SIGINT to observe it).");

enum { OK, NO_TTY = 10, FG_MISSED, BG_HIT };
static int master;
static const char *slave;
static struct sig_gate ready;

static int foreground(void *arg) { return setpgid(0, 0) != 0 ? 3 : 0; }

static int leader(void *arg)
{
    sig_block(SIGINT);
    int fd;
    if (setsid() < 0 || (fd = open(slave, O_RDWR)) < 0 || ioctl(fd, TIOCSCTTY, 0) != 0)
        return NO_TTY;
    pid_t fg = sig_spawn_receiver_with(SIGINT, foreground, NULL);
    if (tcsetpgrp(fd, fg) != 0)
        return NO_TTY;
    sig_gate_pass(&ready);
    int s = probe_reap(fg, PROBE_BOUND_MS);
    if (!WIFEXITED(s) || WEXITSTATUS(s) != 0)
        return FG_MISSED;
    return sig_is_pending(SIGINT) ? BG_HIT : OK;
}

PROBE_BODY
{
    struct termios t;
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0 || !(slave = ptsname(master)))
        probe_skip("no pseudo-terminal available (%s)", errno_name(errno));
    SETUP(tcgetattr(master, &t));
    if (!(t.c_lflag & ISIG))
        probe_error("the new pseudo-terminal has ISIG off; cannot judge VINTR");
    sig_gate_open(&ready);
    pid_t child = probe_spawn(leader, NULL);
    if (sig_gate_wait(&ready, PROBE_BOUND_MS) != 0)
        probe_error("the session leader could not take the terminal: %s",
                    describe_status(probe_reap(child, PROBE_BOUND_MS)));

    SETUP(write(master, &t.c_cc[VINTR], 1));
    int status = probe_reap(child, PROBE_BOUND_MS);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == OK,
                "expected SIGINT in the foreground group only; observed the leader %s "
                "(%d = the foreground child missed it, %d = the background leader got it)",
                describe_status(status), FG_MISSED, BG_HIT);
}
