#include "splice.h"

PROBE(.claim     = "splice() from a file with an offset pointer reads from that offset, advances "
                   "the pointer and leaves the file position alone",
      .reference = "splice(2) \"DESCRIPTION\" (off_in: \"the file offset of fd_in is not changed\")",
      .how       = "From a file holding \"abcdef\" at position 0, splice() 3 bytes with *off_in = "
                   "2 into a pipe: the pipe must hold \"cde\", *off_in must become 5, and "
                   "lseek(SEEK_CUR) must still say 0.");

PROBE_BODY
{
    int p[2], file = splice_file_with("data", "abcdef");
    loff_t off = 2;
    SETUP(pipe(p));

    EXPECT_EQ(EXPECT_OK(splice(file, &off, p[1], NULL, 3, 0)), 3, "bytes spliced");
    splice_expect_bytes(p[0], "cde", "the pipe");
    EXPECT_EQ(off, 5, "*off_in after the splice");
    EXPECT_EQ(lseek(file, 0, SEEK_CUR), 0, "the file position");
}
