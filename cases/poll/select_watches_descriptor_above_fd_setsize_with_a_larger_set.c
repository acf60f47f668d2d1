#include <sys/resource.h>
#include <sys/select.h>
#include <sys/wait.h>
#include "readiness.h"

PROBE(.claim     = "FD_SETSIZE (1024) is glibc's fixed fd_set size, not a kernel limit: select() "
                   "given a larger bit array watches descriptor 1100",
      .reference = "select(2) \"NOTES\" and \"BUGS\" (FD_SETSIZE; the kernel imposes no fixed "
                   "limit)",
      .layer     = "libc",
      .how       = "Raise the soft RLIMIT_NOFILE to 1101 (SKIP when the hard limit is lower), "
                   "dup2 a pipe's read end holding a byte to fd 1100, and select() with nfds 1101 "
                   "on a 2048-bit array with only bit 1100 set, in a child: it must return 1 with "
                   "that bit still set (a child killed in select() is a FAIL).");

#define BIG_FD 1100
#define WORD (8 * sizeof(unsigned long))
/* The child's exit codes. */
enum { WATCHED = 0, COUNT_NOT_1 = 1, BIT_CLEARED = 2, SELECT_FAILED = 10 };

PROBE_BODY
{
    EXPECT_EQ(FD_SETSIZE, 1024, "FD_SETSIZE");
    struct rlimit rl;
    SETUP(getrlimit(RLIMIT_NOFILE, &rl));
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max <= BIG_FD)
        probe_skip("RLIMIT_NOFILE hard limit %llu leaves no descriptor %d",
                   (unsigned long long)rl.rlim_max, BIG_FD);
    if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur <= BIG_FD) {
        rl.rlim_cur = BIG_FD + 1;
        SETUP(setrlimit(RLIMIT_NOFILE, &rl));
    }
    int fd[2];
    SETUP(pipe(fd));
    SETUP(write(fd[1], "x", 1));
    SETUP(dup2(fd[0], BIG_FD));

    /* In a child: a select() that kills its caller is a FAIL, not the probe's crash. */
    pid_t child = probe_fork();
    if (child == 0) {
        unsigned long bits[2048 / WORD] = { 0 };
        bits[BIG_FD / WORD] |= 1UL << (BIG_FD % WORD);
        struct timeval tv = { 0, 0 };
        int n = select(BIG_FD + 1, (fd_set *)bits, NULL, NULL, &tv);
        if (n == -1)
            _exit(SELECT_FAILED + (errno < 100 ? errno : 99));
        if (n != 1)
            _exit(COUNT_NOT_1);
        _exit(bits[BIG_FD / WORD] & (1UL << (BIG_FD % WORD)) ? WATCHED : BIT_CLEARED);
    }
    int status = probe_reap(child, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFEXITED(status) && WEXITSTATUS(status) <= SELECT_FAILED + 99,
                "expected select() with nfds %d to return; the process calling it %s", BIG_FD + 1,
                describe_status(status));
    int code = WEXITSTATUS(status);
    EXPECT_TRUE(code < SELECT_FAILED, "select() with nfds %d: expected success; observed -1/%s",
                BIG_FD + 1, errno_name(code - SELECT_FAILED));
    EXPECT_TRUE(code != COUNT_NOT_1, "select()'s count for descriptor %d holding a byte: "
                "expected 1; observed another", BIG_FD);
    EXPECT_TRUE(code == WATCHED, "expected bit %d still set in the read set; observed it cleared",
                BIG_FD);
}
