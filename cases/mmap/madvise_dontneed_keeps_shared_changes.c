#include "mapping.h"

PROBE(.claim     = "madvise(MADV_DONTNEED) on a MAP_SHARED file mapping keeps what was written: "
                   "the pages come back from the file",
      .reference = "madvise(2) \"DESCRIPTION\" (MADV_DONTNEED: \"repopulated ... from the "
                   "up-to-date contents of the underlying mapped file (for shared file mappings)\")",
      .how       = "A one-page file holding \"hello\" is mapped MAP_SHARED and \"world\" written "
                   "into it; after madvise(MADV_DONTNEED) the mapping must still read \"world\".");

PROBE_BODY
{
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);
    memcpy(m, "world", 5);

    EXPECT_OK(madvise(m, mapping_page(), MADV_DONTNEED));
    mapping_expect(m, "world", "the shared mapping after MADV_DONTNEED");
}
