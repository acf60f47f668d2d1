#include "mapping.h"

PROBE(.claim     = "mmap() with an offset that is not a multiple of the page size fails with EINVAL",
      .reference = "mmap(2) \"DESCRIPTION\" (\"offset must be a multiple of the page size\") and "
                   "\"ERRORS\" (EINVAL)",
      .how       = "mmap() of one page of a two-page file at offset 1 must fail with EINVAL.");

PROBE_BODY
{
    int fd = mapping_file(2 * mapping_page(), "hello");

    errno = 0;
    EXPECT_TRUE(mmap(NULL, mapping_page(), PROT_READ, MAP_SHARED, fd, 1) == MAP_FAILED && errno == EINVAL,
                "expected mmap at offset 1 to fail with EINVAL; observed %s",
                errno ? errno_name(errno) : "success");
}
