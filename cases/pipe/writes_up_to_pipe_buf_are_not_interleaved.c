#include "pipe.h"
#include <limits.h>

PROBE(.claim     = "Writes of at most PIPE_BUF bytes are atomic: with several concurrent writers "
                   "no other writer's bytes appear inside one write",
      .reference = "pipe(7) \"PIPE_BUF\"",
      .how       = "Four children each write 64 records of PIPE_BUF bytes filled with their own "
                   "letter into one pipe at once; the parent reads the whole stream and every "
                   "PIPE_BUF-aligned record must hold a single letter, 64 records per writer.");

enum { WRITERS = 4, RECORDS = 64 };
static int fd[2];

static int writer(void *arg)
{
    char rec[PIPE_BUF];
    memset(rec, 'a' + (int)(intptr_t)arg, sizeof rec);
    close(fd[0]);
    for (int i = 0; i < RECORDS; i++)
        if (write(fd[1], rec, sizeof rec) != (ssize_t)sizeof rec)
            return 1;
    return 0;
}

PROBE_BODY
{
    static char rec[PIPE_BUF];
    int per_writer[WRITERS] = { 0 };
    pid_t child[WRITERS];
    SETUP(pipe(fd));
    for (int w = 0; w < WRITERS; w++)
        child[w] = probe_spawn(writer, (void *)(intptr_t)w);
    SETUP(close(fd[1]));
    for (int r = 0; r < WRITERS * RECORDS; r++) {
        EXPECT_TRUE(pipe_read_exact(fd[0], rec, sizeof rec) == 0,
                    "expected %d records; observed end of stream after %d", WRITERS * RECORDS, r);
        int w = rec[0] - 'a';
        EXPECT_TRUE(w >= 0 && w < WRITERS,
                    "record %d: expected a writer's letter; observed 0x%02x", r, rec[0]);
        for (int i = 1; i < PIPE_BUF; i++)
            EXPECT_TRUE(rec[i] == rec[0], "record %d: expected %d bytes of '%c'; observed '%c' "
                        "at offset %d (writes interleaved)", r, PIPE_BUF, rec[0], rec[i], i);
        per_writer[w]++;
    }
    for (int w = 0; w < WRITERS; w++) {
        EXPECT_EQ(per_writer[w], RECORDS, "records from one writer");
        expect_child_exit(child[w], 0, "a writer");
    }
}
