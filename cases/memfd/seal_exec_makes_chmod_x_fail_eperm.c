#include "memfd.h"
#include <sys/stat.h>

PROBE(.claim     = "After F_SEAL_EXEC fchmod() cannot change a memfd's execute bits: EPERM",
      .reference = "memfd_create(2) \"MFD_NOEXEC_SEAL\"; fcntl(2) \"File seals\" (F_SEAL_EXEC)",
      .how       = "A memfd (mode 0777) is sealed with F_SEAL_EXEC; fchmod to 0666 must fail with "
                   "EPERM and the mode stay 0777. SKIP before Linux 6.3 (the seal is unknown: EINVAL).",
      .since     = "6.3");

PROBE_BODY
{
    int fd = memfd_page();
    EXPECT_OK(SINCE(fcntl(fd, F_ADD_SEALS, F_SEAL_EXEC), EINVAL));

    EXPECT_ERRNO(fchmod(fd, 0666), EPERM);
    struct stat st;
    SETUP(fstat(fd, &st));
    EXPECT_TRUE((st.st_mode & 07777) == 0777, "the sealed memfd's mode: expected %04o; observed %04o",
                0777, (unsigned)(st.st_mode & 07777));
}
