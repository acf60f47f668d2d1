#include "mapping.h"
#include <stdio.h>

PROBE(.claim     = "A shared file mapping grown with mremap() shows what an unrelated process "
                   "wrote in the file's new part",
      .reference = "mremap(2) \"DESCRIPTION\" (MREMAP_MAYMOVE); mmap(2) \"MAP_SHARED\"",
      .how       = "The probe maps a one-page file MAP_SHARED; mmap_peer (exec'd) makes the file "
                   "two pages long and writes \"tail\" at the start of the second page through its "
                   "own mapping. mremap(MREMAP_MAYMOVE) to two pages must succeed and the second "
                   "page must hold \"tail\".");

PROBE_BODY
{
    size_t page = mapping_page();
    char off[32];
    int fd = mapping_file(page, "head");
    char *m = mapping_map(fd, page, MAP_SHARED);
    SETUP(ftruncate(fd, (off_t)(2 * page)));
    snprintf(off, sizeof off, "%zu", page);
    EXPECT_EQ(mapping_peer(NULL, 0, "write", off, "tail"), 0, "mmap_peer write's exit code");

    char *grown = mremap(m, page, 2 * page, MREMAP_MAYMOVE);
    EXPECT_TRUE(grown != MAP_FAILED, "expected mremap to two pages to succeed; observed %s",
                errno_name(errno));
    mapping_expect(grown + page, "tail", "the grown mapping's second page");
}
