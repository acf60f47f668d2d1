#include "signals.h"
#include <stdio.h>

PROBE(.claim     = "kill -l lists the signal names, among them the 31 standard signals of Linux",
      .reference = "kill(1) \"OPTIONS\"",
      .seed      = "SEED-25",
      .kind      = "confirms",
      .needs     = "cmd:kill",
      .how       = "Runs `kill -l` (the kill program on PATH) and requires every one of the 31 standard "
                   "signal names (HUP .. SYS, as signal(7) lists them for x86 and most architectures) "
                   "in its output.");

static const char *const names[] = { "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE",
    "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT", "CHLD", "CONT", "STOP",
    "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "POLL", "PWR", "SYS" };

static int out[2];

static int run_kill_l(void *arg)
{
    dup2(out[1], STDOUT_FILENO);
    execlp("kill", "kill", "-l", (char *)NULL);
    return 127;
}

PROBE_BODY
{
    char text[8192] = " ", word[64];
    size_t len = 1;
    ssize_t n;
    SETUP(pipe(out));
    pid_t child = probe_spawn(run_kill_l, NULL);
    close(out[1]);
    while (len < sizeof text - 2 && (n = read(out[0], text + len, sizeof text - 2 - len)) > 0)
        len += n;
    text[len++] = ' ';
    text[len] = '\0';
    for (char *p = text; *p; p++)
        if (*p == '\n' || *p == '\t')
            *p = ' ';
    expect_child_exit(child, 0, "kill -l");

    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(word, sizeof word, " %s ", names[i]);
        EXPECT_TRUE(strstr(text, word),
                    "expected %s (signal %zu) in `kill -l`; observed:%s", names[i], i + 1, text);
    }
}
