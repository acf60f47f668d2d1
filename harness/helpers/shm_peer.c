/*
 * shm_peer — a process unrelated to the probe, for System V shared memory probes.
 *   shm_peer attach ID   attach segment ID, expect "ping" at its start, write "pong" there;
 *                        exit 0, or 1 if shmat failed, 2 if "ping" was not there.
 *   shm_peer wait        attach nothing; read standard input until end of file; exit 0.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/shm.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "attach")) {
        char *mem = shmat(atoi(argv[2]), NULL, 0);
        if (mem == (void *)-1)
            return 1;
        if (memcmp(mem, "ping", 4) != 0)
            return 2;
        memcpy(mem, "pong", 4);
        return shmdt(mem) == 0 ? 0 : 3;
    }
    if (argc == 2 && !strcmp(argv[1], "wait")) {
        char buf[64];
        while (read(0, buf, sizeof buf) > 0)
            ;
        return 0;
    }
    return 64;
}
