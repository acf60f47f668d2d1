#include "mapping.h"

PROBE(.claim     = "A write into a MAP_PRIVATE file mapping is not seen by another process "
                   "mapping the file",
      .reference = "mmap(2) \"DESCRIPTION\" (MAP_PRIVATE: \"Updates to the mapping are not "
                   "visible to other processes mapping the same file\")",
      .how       = "The probe maps a one-page file holding \"hello\" MAP_PRIVATE and writes "
                   "\"xxxxx\" into it; mmap_peer (exec'd) maps the file MAP_SHARED and prints its "
                   "first 5 bytes: they must still be \"hello\".");

PROBE_BODY
{
    char seen[16];
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_PRIVATE);

    memcpy(m, "xxxxx", 5);
    EXPECT_EQ(mapping_peer(seen, sizeof seen, "read", "0", "5"), 0, "mmap_peer read's exit code");
    mapping_expect(seen, "hello", "what mmap_peer read from its mapping");
}
