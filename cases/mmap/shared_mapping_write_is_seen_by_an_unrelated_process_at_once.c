#include "mapping.h"

PROBE(.claim     = "A write into a MAP_SHARED mapping of a file is seen at once by an unrelated "
                   "process mapping the same file, without msync()",
      .reference = "mmap(2) \"DESCRIPTION\" (MAP_SHARED: \"Updates to the mapping are visible to "
                   "other processes mapping the same region\")",
      .how       = "The probe maps a one-page file MAP_SHARED and writes \"hello\" into it; "
                   "mmap_peer (exec'd, sharing no memory by fork) then maps the file and prints "
                   "its first 5 bytes: they must be \"hello\". No msync() is called.");

PROBE_BODY
{
    char seen[16];
    int fd = mapping_file(mapping_page(), "");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);

    memcpy(m, "hello", 5);
    EXPECT_EQ(mapping_peer(seen, sizeof seen, "read", "0", "5"), 0, "mmap_peer read's exit code");
    mapping_expect(seen, "hello", "what mmap_peer read from its mapping");
}
