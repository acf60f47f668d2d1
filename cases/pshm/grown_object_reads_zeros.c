#include "pshm.h"

PROBE(.claim     = "Bytes that ftruncate() adds to a shared memory object read as zeros",
      .reference = "shm_open(3) \"DESCRIPTION\" (\"The newly allocated bytes of a shared memory "
                   "object are automatically initialized to 0\")",
      .how       = "Create an object of 4096 bytes, map it and fill it with 0xAA; shrink it to 0 and "
                   "grow it back to 8192 with ftruncate(). A fresh mapping of 8192 bytes must read "
                   "0 at every byte.");

PROBE_BODY
{
    int fd = pshm_create(psem_name("pshm"), 0600, 4096);
    memset(pshm_map(fd, 4096, PROT_READ | PROT_WRITE), 0xAA, 4096);
    SETUP(ftruncate(fd, 0));
    EXPECT_OK(ftruncate(fd, 8192));
    const unsigned char *mem = pshm_map(fd, 8192, PROT_READ);
    for (int i = 0; i < 8192; i++)
        EXPECT_TRUE(mem[i] == 0, "expected byte %d of the grown object to be 0; observed 0x%02x",
                    i, mem[i]);
}
