#include "pipe.h"

PROBE(.claim     = "A payload of several megabytes passes through a pipe intact",
      .reference = "pipe(7) \"DESCRIPTION\"",
      .seed      = "SEED-73",
      .kind      = "confirms",
      .how       = "A child writes 4 MiB of a pseudo-random byte stream in 1 MiB writes; the parent "
                   "reads it all and compares it with the same stream regenerated, then expects "
                   "end of file.");

enum { TOTAL = 4 << 20, CHUNK = 1 << 20 };
static int fd[2];

static void stream(unsigned char *buf, size_t len, uint32_t *x)
{
    for (size_t i = 0; i < len; i += 4) {
        *x ^= *x << 13, *x ^= *x >> 17, *x ^= *x << 5;
        memcpy(buf + i, x, 4);
    }
}

static int writer(void *arg)
{
    static unsigned char buf[CHUNK];
    uint32_t x = 2463534242u;
    close(fd[0]);
    for (int i = 0; i < TOTAL / CHUNK; i++) {
        stream(buf, CHUNK, &x);
        if (write(fd[1], buf, CHUNK) != CHUNK)
            return 1;
    }
    return 0;
}

PROBE_BODY
{
    static unsigned char got[CHUNK], want[CHUNK];
    uint32_t x = 2463534242u;
    char c;
    SETUP(pipe(fd));
    pid_t child = probe_spawn(writer, NULL);
    SETUP(close(fd[1]));
    for (long off = 0; off < TOTAL; off += CHUNK) {
        EXPECT_TRUE(pipe_read_exact(fd[0], got, CHUNK) == 0,
                    "expected %d bytes; observed end of file or error after %ld", TOTAL, off);
        stream(want, CHUNK, &x);
        for (long i = 0; memcmp(got, want, CHUNK) != 0 && i < CHUNK; i++)
            EXPECT_TRUE(got[i] == want[i], "byte %ld: expected 0x%02x; observed 0x%02x",
                        off + i, want[i], got[i]);
    }
    EXPECT_EQ(read(fd[0], &c, 1), 0, "read after the whole payload (end of file)");
    expect_child_exit(child, 0, "the writer");
}
