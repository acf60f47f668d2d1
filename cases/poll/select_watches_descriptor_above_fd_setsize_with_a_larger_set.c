#include <sys/resource.h>
#include <sys/select.h>
#include "readiness.h"

PROBE(.claim     = "FD_SETSIZE (1024) is glibc's fixed fd_set size, not a kernel limit: select() "
                   "given a larger bit array watches descriptor 1100",
      .reference = "select(2) \"NOTES\" and \"BUGS\" (FD_SETSIZE; the kernel imposes no fixed "
                   "limit)",
      .layer     = "libc",
      .how       = "Raise the soft RLIMIT_NOFILE to 1101 (SKIP when the hard limit is lower), "
                   "dup2 a pipe's read end holding a byte to fd 1100, and select() with nfds 1101 "
                   "on a 2048-bit array with only bit 1100 set: it must return 1 with that bit "
                   "still set.");

#define BIG_FD 1100
#define WORD (8 * sizeof(unsigned long))

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

    unsigned long bits[2048 / WORD] = { 0 };
    bits[BIG_FD / WORD] |= 1UL << (BIG_FD % WORD);
    struct timeval tv = { 0, 0 };
    EXPECT_EQ(EXPECT_OK(select(BIG_FD + 1, (fd_set *)bits, NULL, NULL, &tv)), 1,
              "select()'s count for descriptor 1100 holding a byte");
    EXPECT_TRUE(bits[BIG_FD / WORD] & (1UL << (BIG_FD % WORD)),
                "expected bit %d still set in the read set; observed it cleared", BIG_FD);
}
