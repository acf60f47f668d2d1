#include "memfd.h"

PROBE(.claim     = "After F_SEAL_WRITE a memfd refuses write() with EPERM and keeps its contents",
      .reference = "memfd_create(2) \"File sealing\"; fcntl(2) \"File seals\" (F_SEAL_WRITE)",
      .how       = "A one-page memfd holding 'a' is sealed with F_SEAL_WRITE; pwrite of 'b' at "
                   "offset 0 must fail with EPERM and pread must still give 'a'.",
      .since     = "3.17");

PROBE_BODY
{
    int fd = memfd_page();
    SETUP(pwrite(fd, "a", 1, 0));
    memfd_seal(fd, F_SEAL_WRITE);

    EXPECT_ERRNO(pwrite(fd, "b", 1, 0), EPERM);
    char c = 0;
    SETUP(pread(fd, &c, 1, 0));
    EXPECT_TRUE(c == 'a', "expected the sealed byte 'a' unchanged; observed '%c'", c);
}
