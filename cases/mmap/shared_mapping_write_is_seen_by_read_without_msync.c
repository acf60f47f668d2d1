#include "mapping.h"

PROBE(.claim     = "A write into a MAP_SHARED file mapping is seen by read() of the file at once, "
                   "without msync()",
      .reference = "mmap(2) \"DESCRIPTION\" (MAP_SHARED: \"are carried through to the underlying "
                   "file\"); msync(2) \"DESCRIPTION\"",
      .how       = "The probe maps a one-page file MAP_SHARED and writes \"hello\" into it; "
                   "pread() of the file's first 5 bytes must then return \"hello\".");

PROBE_BODY
{
    char seen[8] = "";
    int fd = mapping_file(mapping_page(), "");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);

    memcpy(m, "hello", 5);
    EXPECT_EQ(EXPECT_OK(pread(fd, seen, 5, 0)), 5, "bytes pread");
    mapping_expect(seen, "hello", "what pread() returned");
}
