#include "sysv_shm.h"
#include <fcntl.h>

PROBE(.claim     = "ftok() on two distinct files of one file system with the same proj_id gives "
                   "two different keys (they differ in the inode number)",
      .reference = "ftok(3) \"DESCRIPTION\", \"NOTES\"",
      .how       = "Create two files in the probe's directory (consecutive inodes, so the low 16 "
                   "bits that glibc keeps differ) and ftok() both with proj_id 'P'; the keys differ.",
      .layer     = "libc");

PROBE_BODY
{
    const char *a = seg_key_file();
    const char *b = probe_path("other");
    close(SETUP(open(b, O_CREAT | O_WRONLY, 0600)));

    key_t ka = EXPECT_OK(ftok(a, 'P'));
    key_t kb = EXPECT_OK(ftok(b, 'P'));
    EXPECT_TRUE(ka != kb, "expected different keys for two files; observed 0x%08x for both",
                (unsigned)ka);
}
