#include "mapping.h"
#include <fcntl.h>

PROBE(.claim     = "mmap(PROT_WRITE, MAP_PRIVATE) of a file opened read-only succeeds, and the "
                   "mapping can be written",
      .reference = "mmap(2) \"ERRORS\" (EACCES names only MAP_SHARED with PROT_WRITE; MAP_PRIVATE "
                   "needs the fd open for reading)",
      .how       = "The probe's file is opened again O_RDONLY; mmap() of it with PROT_READ | "
                   "PROT_WRITE and MAP_PRIVATE must succeed, show the file's \"hello\", and take "
                   "a write of \"xxxxx\".");

PROBE_BODY
{
    mapping_file(mapping_page(), "hello");
    int ro = SETUP(open(mapping_path(), O_RDONLY));

    char *m = mmap(NULL, mapping_page(), PROT_READ | PROT_WRITE, MAP_PRIVATE, ro, 0);
    EXPECT_TRUE(m != MAP_FAILED, "expected the private mapping to succeed; observed %s",
                errno_name(errno));
    mapping_expect(m, "hello", "the private mapping");
    memcpy(m, "xxxxx", 5);
    mapping_expect(m, "xxxxx", "the private mapping after a write");
}
