#include "mapping.h"
#include <fcntl.h>

PROBE(.claim     = "mmap(PROT_WRITE, MAP_SHARED) of a file opened read-only fails with EACCES",
      .reference = "mmap(2) \"ERRORS\" (EACCES: \"MAP_SHARED was requested and PROT_WRITE is set, "
                   "but fd is not open in read/write (O_RDWR) mode\")",
      .how       = "The probe's file is opened again O_RDONLY; mmap() of it with PROT_READ | "
                   "PROT_WRITE and MAP_SHARED must fail with EACCES.");

PROBE_BODY
{
    mapping_file(mapping_page(), "hello");
    int ro = SETUP(open(mapping_path(), O_RDONLY));

    errno = 0;
    EXPECT_TRUE(mmap(NULL, mapping_page(), PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0) == MAP_FAILED &&
                errno == EACCES, "expected mmap to fail with EACCES; observed %s",
                errno ? errno_name(errno) : "success");
}
