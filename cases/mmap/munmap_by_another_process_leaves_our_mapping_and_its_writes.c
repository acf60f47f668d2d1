#include "mapping.h"

PROBE(.claim     = "munmap() by an unrelated process leaves our mapping of the file intact, with "
                   "what that process wrote before unmapping",
      .reference = "munmap(2) \"DESCRIPTION\"; mmap(2) \"MAP_SHARED\"",
      .how       = "The probe maps a one-page file MAP_SHARED; mmap_peer (exec'd) maps it, writes "
                   "\"world\", munmap()s its mapping and exits. The probe's mapping must hold "
                   "\"world\", and a write through it must still reach the file (pread).");

PROBE_BODY
{
    char seen[8] = "";
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);

    EXPECT_EQ(mapping_peer(NULL, 0, "write-unmap", "0", "world"), 0, "mmap_peer's exit code");
    mapping_expect(m, "world", "the probe's mapping after the peer's munmap");
    memcpy(m, "after", 5);
    SETUP(pread(fd, seen, 5, 0));
    mapping_expect(seen, "after", "the file after the probe's later write");
}
