#include "mapping.h"

PROBE(.claim     = "madvise(MADV_DONTNEED) on a MAP_PRIVATE file mapping throws away the private "
                   "changes: the file's content shows again",
      .reference = "madvise(2) \"DESCRIPTION\" (MADV_DONTNEED: \"private mappings ... repopulated "
                   "... from the up-to-date contents of the underlying mapped file\")",
      .how       = "A one-page file holding \"hello\" is mapped MAP_PRIVATE and \"xxxxx\" written "
                   "into it; after madvise(MADV_DONTNEED) the mapping must read \"hello\" again.");

PROBE_BODY
{
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_PRIVATE);
    memcpy(m, "xxxxx", 5);

    EXPECT_OK(madvise(m, mapping_page(), MADV_DONTNEED));
    mapping_expect(m, "hello", "the private mapping after MADV_DONTNEED");
}
