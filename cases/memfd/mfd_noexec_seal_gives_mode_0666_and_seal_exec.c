#include "memfd.h"
#include <sys/stat.h>

PROBE(.claim     = "memfd_create(MFD_NOEXEC_SEAL) makes a memfd of mode 0666 (no execute bit) "
                   "already sealed with F_SEAL_EXEC",
      .reference = "memfd_create(2) \"MFD_NOEXEC_SEAL\"",
      .how       = "fstat of the new memfd must give mode 0666 and F_GET_SEALS must include "
                   "F_SEAL_EXEC. SKIP before Linux 6.3 (the flag is unknown: EINVAL).",
      .since     = "6.3");

PROBE_BODY
{
    int fd = EXPECT_OK(SINCE(memfd_create("ipcprobe", MFD_NOEXEC_SEAL | MFD_CLOEXEC), EINVAL));
    struct stat st;
    SETUP(fstat(fd, &st));
    EXPECT_TRUE((st.st_mode & 07777) == 0666, "the mode of a MFD_NOEXEC_SEAL memfd: expected %04o; observed %04o",
                0666, (unsigned)(st.st_mode & 07777));
    int seals = memfd_seals(fd);
    EXPECT_TRUE(seals & F_SEAL_EXEC, "expected F_SEAL_EXEC among the seals; observed %#x", seals);
}
