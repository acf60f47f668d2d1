#include "sysv_shm.h"

PROBE(.claim     = "A several-megabyte payload written into a segment by one process is read "
                   "intact by another",
      .reference = "shmget(2), shmat(2), proc(5) shmmax/shmall",
      .seed      = "SEED-73",
      .kind      = "confirms",
      .how       = "Size: 4 MiB, lowered to fit shmmax and shmall (SKIP below 1 MiB). A child "
                   "attaches, fills it with a position-dependent pattern and reports its checksum; "
                   "the parent attaches after the child exits and finds the same checksum and "
                   "pattern.");

static size_t size;
static int id;

static uint32_t sum(const unsigned char *p, size_t n)
{
    uint32_t h = 2166136261u;              /* FNV-1a over 32-bit words, order-sensitive */
    for (size_t i = 0; i + 4 <= n; i += 4) {
        uint32_t w;
        memcpy(&w, p + i, 4);
        h = (h ^ w) * 16777619u;
    }
    return h;
}

static int writer(void *arg)
{
    unsigned char *mem = shmat(id, NULL, 0);
    if (mem == (void *)-1)
        return 1;
    for (size_t i = 0; i < size; i++)
        mem[i] = (unsigned char)(i * 131 + (i >> 12));   /* position-dependent */
    *(uint32_t *)arg = sum(mem, size);
    return 0;
}

PROBE_BODY
{
    unsigned long long page = (unsigned long long)sysconf(_SC_PAGESIZE);
    unsigned long long fit = probe_sysctl("kernel/shmmax");
    if (probe_sysctl("kernel/shmall") < fit / page)
        fit = probe_sysctl("kernel/shmall") * page;
    size = fit < (4u << 20) ? (size_t)fit : (4u << 20);
    if (size < (1u << 20))
        probe_skip("shmmax/shmall allow only %zu bytes; the payload needs at least 1 MiB", size);

    id = seg_new(size, 0600);
    uint32_t *written = seg_attach(seg_new(4096, 0600), 0);   /* the child's report */
    expect_child_exit(probe_spawn(writer, written), 0, "the writer (1: shmat failed)");

    unsigned char *mem = seg_attach(id, SHM_RDONLY);
    EXPECT_EQ(sum(mem, size), *written, "checksum of the payload read back");
    EXPECT_EQ(mem[size - 1], (unsigned char)((size - 1) * 131 + ((size - 1) >> 12)), "last byte");
}
