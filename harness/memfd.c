/* Plumbing for the memfd probes: see memfd.h. */
#include "memfd.h"

long memfd_page_size(void)
{
    return sysconf(_SC_PAGESIZE);
}

int memfd_page(void)
{
    int fd = memfd_create("ipcprobe", MFD_ALLOW_SEALING | MFD_CLOEXEC);
    if (fd == -1 && errno == ENOSYS)
        probe_skip("the kernel has no memfd_create (ENOSYS: Linux 3.17, CONFIG_MEMFD_CREATE)");
    if (fd == -1)
        probe_error("memfd_create(MFD_ALLOW_SEALING) failed: %s", errno_name(errno));
    SETUP(ftruncate(fd, memfd_page_size()));
    return fd;
}

void memfd_seal(int fd, int seals)
{
    if (fcntl(fd, F_ADD_SEALS, seals) == -1)
        probe_error("set-up F_ADD_SEALS(%#x) failed: %s", seals, errno_name(errno));
}

int memfd_seals(int fd)
{
    return (int)SETUP(fcntl(fd, F_GET_SEALS));
}
