#include "memfd.h"

PROBE(.claim     = "A memfd sealed with F_SEAL_WRITE may still be mapped shared read-only, and that "
                   "mapping cannot be made writable",
      .reference = "fcntl(2) \"File seals\" (F_SEAL_WRITE); mprotect(2) \"ERRORS\" (EACCES)",
      .how       = "A one-page memfd is sealed with F_SEAL_WRITE and mapped PROT_READ, MAP_SHARED; "
                   "before Linux 6.7 the kernel refused any shared mapping of a write-sealed file "
                   "with EPERM (SKIP). mprotect(PROT_READ | PROT_WRITE) of the mapping must then "
                   "fail with EACCES: the seal left it no right to become writable.",
      .since     = "6.7");

PROBE_BODY
{
    int fd = memfd_page();
    long page = memfd_page_size();
    memfd_seal(fd, F_SEAL_WRITE);

    void *ro = mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 0);
    if (ro == MAP_FAILED && errno == EPERM)
        probe_skip_absent("mmap(PROT_READ, MAP_SHARED) of a write-sealed memfd failed with EPERM");
    EXPECT_TRUE(ro != MAP_FAILED, "expected a read-only shared mapping of the sealed memfd; "
                "observed %s", errno_name(errno));
    EXPECT_ERRNO(mprotect(ro, page, PROT_READ | PROT_WRITE), EACCES);
    munmap(ro, page);
}
