#include "memfd.h"

PROBE(.claim     = "After F_SEAL_WRITE mmap(PROT_WRITE, MAP_SHARED) of the memfd fails with EPERM",
      .reference = "fcntl(2) \"File seals\" (F_SEAL_WRITE)",
      .how       = "A one-page memfd is sealed with F_SEAL_WRITE; a shared writable mapping of it "
                   "must be refused with EPERM (a read-only shared mapping is still allowed).",
      .since     = "3.17");

PROBE_BODY
{
    int fd = memfd_page();
    long page = memfd_page_size();
    memfd_seal(fd, F_SEAL_WRITE);

    void *rw = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    EXPECT_TRUE(rw == MAP_FAILED && errno == EPERM,
                "expected mmap(PROT_WRITE, MAP_SHARED) of the sealed memfd to fail with EPERM; "
                "observed %s", rw == MAP_FAILED ? errno_name(errno) : "a writable mapping");
    void *ro = SETUP_PTR(mmap(NULL, page, PROT_READ, MAP_SHARED, fd, 0), MAP_FAILED);
    munmap(ro, page);
}
