/* Plumbing for the POSIX shared memory probes: see pshm.h. */
#include "pshm.h"

int pshm_create(const char *name, mode_t mode, off_t size)
{
    int fd = shm_open(name, O_CREAT | O_EXCL | O_RDWR, mode);
    if (fd == -1)
        probe_error("shm_open(\"%s\", O_CREAT|O_EXCL|O_RDWR, 0%o) failed: %s", name,
                    (unsigned)mode, errno_name(errno));
    probe_defer_remove(PROBE_POSIX_SHM, 0, name);
    if (size && ftruncate(fd, size) != 0)
        probe_error("ftruncate(\"%s\", %lld) failed: %s", name, (long long)size,
                    errno_name(errno));
    return fd;
}

void *pshm_map(int fd, size_t len, int prot)
{
    void *p = mmap(NULL, len, prot, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED)
        probe_error("mmap(%zu bytes, MAP_SHARED) of a shared memory object failed: %s", len,
                    errno_name(errno));
    return p;
}

struct stat pshm_stat(int fd)
{
    struct stat st;
    if (fstat(fd, &st) != 0)
        probe_error("fstat of a shared memory object failed: %s", errno_name(errno));
    return st;
}
