#include "mapping.h"

PROBE(.claim     = "A MAP_SHARED file mapping moved by mremap() stays shared: an unrelated "
                   "process's write shows at the new address",
      .reference = "mremap(2) \"DESCRIPTION\" (MREMAP_FIXED, MREMAP_MAYMOVE)",
      .how       = "The probe maps a one-page file MAP_SHARED and moves the mapping with "
                   "mremap(MREMAP_MAYMOVE | MREMAP_FIXED) to a page reserved elsewhere; "
                   "mmap_peer (exec'd) then writes \"moved\" into the file through its mapping: "
                   "the new address must hold \"moved\".");

PROBE_BODY
{
    size_t page = mapping_page();
    int fd = mapping_file(page, "hello");
    char *m = mapping_map(fd, page, MAP_SHARED);
    char *elsewhere = SETUP_PTR(mmap(NULL, page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                                MAP_FAILED);

    char *moved = mremap(m, page, page, MREMAP_MAYMOVE | MREMAP_FIXED, elsewhere);
    EXPECT_TRUE(moved == elsewhere, "expected mremap to move the mapping to %p; observed %p (%s)",
                (void *)elsewhere, (void *)moved, moved == MAP_FAILED ? errno_name(errno) : "");
    EXPECT_EQ(mapping_peer(NULL, 0, "write", "0", "moved"), 0, "mmap_peer write's exit code");
    mapping_expect(moved, "moved", "the moved mapping");
}
