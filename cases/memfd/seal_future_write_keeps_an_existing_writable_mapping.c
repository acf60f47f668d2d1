#include "memfd.h"

PROBE(.claim     = "F_SEAL_FUTURE_WRITE can be added while a shared writable mapping exists: "
                   "write() then fails with EPERM, but that mapping still writes to the memfd",
      .reference = "fcntl(2) \"File seals\" (F_SEAL_FUTURE_WRITE)",
      .how       = "A one-page memfd is mapped shared and writable, then sealed with "
                   "F_SEAL_FUTURE_WRITE (F_SEAL_WRITE would fail with EBUSY here). pwrite must "
                   "fail with EPERM; a byte stored through the old mapping must be read back by "
                   "pread. SKIP before Linux 5.1 (the seal is unknown: EINVAL).",
      .since     = "5.1");

PROBE_BODY
{
    int fd = memfd_page();
    long page = memfd_page_size();
    char *map = SETUP_PTR(mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), MAP_FAILED);

    EXPECT_OK(SINCE(fcntl(fd, F_ADD_SEALS, F_SEAL_FUTURE_WRITE), EINVAL));
    EXPECT_ERRNO(pwrite(fd, "w", 1, 0), EPERM);
    map[0] = 'm';
    char c = 0;
    SETUP(pread(fd, &c, 1, 0));
    EXPECT_TRUE(c == 'm', "expected the byte stored through the existing mapping ('m'); "
                "observed '%c'", c);
    munmap(map, page);
}
