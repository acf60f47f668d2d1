#include "splice.h"

PROBE(.claim     = "splice() from a file with a NULL offset reads at the file position and "
                   "advances it",
      .reference = "splice(2) \"DESCRIPTION\" (off_in NULL: \"the file offset is adjusted "
                   "appropriately\")",
      .how       = "A file holding \"abcdef\" is positioned at 1 with lseek; splice() of 3 bytes "
                   "with off_in NULL into a pipe must deliver \"bcd\" and leave the file "
                   "position at 4.");

PROBE_BODY
{
    int p[2], file = splice_file_with("data", "abcdef");
    SETUP(pipe(p));
    SETUP(lseek(file, 1, SEEK_SET));

    EXPECT_EQ(EXPECT_OK(splice(file, NULL, p[1], NULL, 3, 0)), 3, "bytes spliced");
    splice_expect_bytes(p[0], "bcd", "the pipe");
    EXPECT_EQ(lseek(file, 0, SEEK_CUR), 4, "the file position");
}
