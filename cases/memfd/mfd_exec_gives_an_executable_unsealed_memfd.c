#include "memfd.h"
#include <sys/stat.h>

PROBE(.claim     = "memfd_create(MFD_EXEC) makes a memfd of mode 0777 without F_SEAL_EXEC",
      .reference = "memfd_create(2) \"MFD_EXEC\"",
      .how       = "fstat of the new memfd must give mode 0777 and F_GET_SEALS must not include "
                   "F_SEAL_EXEC. SKIP before Linux 6.3 (the flag is unknown: EINVAL); SKIP when "
                   "vm.memfd_noexec is 2 (MFD_EXEC refused: EACCES).",
      .since     = "6.3");

PROBE_BODY
{
    int fd = memfd_create("ipcprobe", MFD_EXEC | MFD_ALLOW_SEALING | MFD_CLOEXEC);
    if (fd == -1 && errno == EACCES)
        probe_skip("vm.memfd_noexec is 2 in this pid namespace: MFD_EXEC is refused (EACCES)");
    fd = EXPECT_OK(SINCE(fd, EINVAL));
    struct stat st;
    SETUP(fstat(fd, &st));
    EXPECT_TRUE((st.st_mode & 07777) == 0777, "the mode of a MFD_EXEC memfd: expected %04o; observed %04o",
                0777, (unsigned)(st.st_mode & 07777));
    int seals = memfd_seals(fd);
    EXPECT_TRUE(!(seals & F_SEAL_EXEC), "expected no F_SEAL_EXEC; observed seals %#x", seals);
}
