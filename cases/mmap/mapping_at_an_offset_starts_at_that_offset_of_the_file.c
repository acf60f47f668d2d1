#include "mapping.h"

PROBE(.claim     = "mmap() with a page-aligned offset maps the file from that offset",
      .reference = "mmap(2) \"DESCRIPTION\" (\"starting at offset offset in the file\")",
      .how       = "A two-page file holds \"second\" at the start of its second page; mmap() of one "
                   "page at offset one page must begin with \"second\".");

PROBE_BODY
{
    size_t page = mapping_page();
    int fd = mapping_file(2 * page, "first");
    SETUP(pwrite(fd, "second", 6, (off_t)page));

    char *m = mmap(NULL, page, PROT_READ, MAP_SHARED, fd, (off_t)page);
    EXPECT_TRUE(m != MAP_FAILED, "expected mmap at offset %zu to succeed; observed %s", page,
                errno_name(errno));
    mapping_expect(m, "second", "the mapping at offset one page");
}
