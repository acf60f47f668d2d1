#include "mapping.h"

PROBE(.claim     = "A write() to a file appears at once in an existing MAP_SHARED mapping of it",
      .reference = "mmap(2) \"DESCRIPTION\" (MAP_SHARED)",
      .how       = "The probe maps a one-page file holding \"hello\" MAP_SHARED, then pwrite()s "
                   "\"world\" at offset 0 through the descriptor; the mapping must then hold "
                   "\"world\".");

PROBE_BODY
{
    int fd = mapping_file(mapping_page(), "hello");
    char *m = mapping_map(fd, mapping_page(), MAP_SHARED);

    SETUP(pwrite(fd, "world", 5, 0));
    mapping_expect(m, "world", "the shared mapping after pwrite()");
}
