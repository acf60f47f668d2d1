/*
 * pshm_peer NAME — a process unrelated to the probe, for the POSIX shared memory probes:
 * open the object NAME with shm_open (no O_CREAT), map its first 4096 bytes shared, expect
 * "ping" there and write "pong" over it.
 * Exit 0 on success; 1 shm_open failed, 2 mmap failed, 3 "ping" was not there.
 */
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 64;
    int fd = shm_open(argv[1], O_RDWR, 0);
    if (fd == -1)
        return 1;
    char *mem = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (mem == MAP_FAILED)
        return 2;
    if (memcmp(mem, "ping", 4) != 0)
        return 3;
    memcpy(mem, "pong", 4);
    return 0;
}
