#include "mapping.h"

PROBE(.claim     = "What an unrelated process writes into its MAP_SHARED mapping of a file "
                   "appears in ours at once, without msync() or mapping again",
      .reference = "mmap(2) \"DESCRIPTION\" (MAP_SHARED)",
      .how       = "The probe maps a one-page file MAP_SHARED; mmap_peer (exec'd) maps the file, "
                   "writes \"world\" at its start and exits without msync(). The probe's "
                   "existing mapping must then hold \"world\".");

PROBE_BODY
{
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);

    EXPECT_EQ(mapping_peer(NULL, 0, "write", "0", "world"), 0, "mmap_peer write's exit code");
    mapping_expect(m, "world", "the probe's shared mapping");
}
