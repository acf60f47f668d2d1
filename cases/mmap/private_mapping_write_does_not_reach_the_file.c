#include "mapping.h"

PROBE(.claim     = "A write into a MAP_PRIVATE file mapping does not reach the file, even after "
                   "msync() and munmap()",
      .reference = "mmap(2) \"DESCRIPTION\" (MAP_PRIVATE: \"are not carried through to the "
                   "underlying file\")",
      .how       = "The probe maps a one-page file holding \"hello\" MAP_PRIVATE, writes \"xxxxx\" "
                   "into it, calls msync(MS_SYNC) and munmap(); pread() of the file must still "
                   "return \"hello\".");

PROBE_BODY
{
    char seen[8] = "";
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_PRIVATE);

    memcpy(m, "xxxxx", 5);
    SETUP(msync(m, mapping_page(), MS_SYNC));
    SETUP(munmap(m, mapping_page()));
    EXPECT_EQ(EXPECT_OK(pread(fd, seen, 5, 0)), 5, "bytes pread");
    mapping_expect(seen, "hello", "the file after the private write");
}
