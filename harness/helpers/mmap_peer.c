/*
 * mmap_peer — a process unrelated to the probe (it shares no memory by fork) that maps the
 * probe's file MAP_SHARED and reads or changes it. Nothing is synced (no msync).
 *   mmap_peer read PATH OFF LEN        print the LEN bytes at offset OFF of the mapping
 *   mmap_peer write PATH OFF TEXT      copy TEXT into the mapping at OFF, exit without munmap
 *   mmap_peer write-unmap PATH OFF TEXT  the same, then munmap the mapping before exiting
 *   mmap_peer truncate PATH SIZE       ftruncate the file to SIZE bytes
 * The mapping covers the file from offset 0 to OFF plus the length. Exit 0; 1 when a call
 * failed; 64: bad usage.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 4)
        return 64;
    int fd = open(argv[2], O_RDWR);
    if (fd == -1)
        return 1;
    if (!strcmp(argv[1], "truncate"))
        return ftruncate(fd, atol(argv[3])) == 0 ? 0 : 1;
    if (argc != 5)
        return 64;
    size_t off = (size_t)atol(argv[3]);
    int reading = !strcmp(argv[1], "read");
    size_t len = reading ? (size_t)atol(argv[4]) : strlen(argv[4]);
    char *m = mmap(NULL, off + len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (m == MAP_FAILED)
        return 1;
    if (reading)
        return write(1, m + off, len) == (ssize_t)len ? 0 : 1;
    memcpy(m + off, argv[4], len);
    if (!strcmp(argv[1], "write-unmap"))
        return munmap(m, off + len) == 0 ? 0 : 1;
    return strcmp(argv[1], "write") ? 64 : 0;
}
