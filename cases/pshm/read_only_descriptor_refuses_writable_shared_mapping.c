#include "pshm.h"

PROBE(.claim     = "An object opened O_RDONLY cannot be mapped shared for writing: mmap() with "
                   "PROT_WRITE and MAP_SHARED fails with EACCES",
      .reference = "mmap(2) \"ERRORS\" (EACCES: \"MAP_SHARED was requested and PROT_WRITE is set, "
                   "but fd is not open in read/write (O_RDWR) mode\"); shm_open(3)",
      .how       = "Create a 4096-byte object, shm_open() it again O_RDONLY and mmap() that "
                   "descriptor PROT_READ|PROT_WRITE, MAP_SHARED: it must fail with EACCES.");

PROBE_BODY
{
    const char *name = psem_name("pshm");
    pshm_create(name, 0600, 4096);
    int ro = EXPECT_OK(shm_open(name, O_RDONLY, 0));
    void *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, ro, 0);
    int err = errno;
    EXPECT_TRUE(p == MAP_FAILED && err == EACCES, "mmap(PROT_WRITE, MAP_SHARED) of an O_RDONLY "
                "descriptor: expected failure with EACCES; observed %s",
                p == MAP_FAILED ? errno_name(err) : "a mapping");
}
