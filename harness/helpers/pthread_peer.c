/*
 * pthread_peer — a process unrelated to the probe (it shares no memory by fork) that maps
 * the probe's struct pshared_area from a file and uses its process-shared objects.
 *   pthread_peer lock PATH   lock the mutex; exit 0 if the flag was then set, 2 if not
 *   pthread_peer wait PATH   lock the mutex, wait on the condition until the flag is set; exit 0
 *   pthread_peer die PATH    lock the mutex and exit holding it (exit 0)
 *   pthread_peer rdlock PATH take a read lock on the rwlock; exit 0 if the flag was then set, 2 if not
 *   pthread_peer barrier PATH wait at the barrier; exit 0 once released
 * Exit 1: the file could not be mapped or a call failed; 64: bad usage.
 */
#define IPCPROBE_HELPER
#include "pshared.h"
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 64;
    int fd = open(argv[2], O_RDWR);
    if (fd == -1)
        return 1;
    struct pshared_area *a = mmap(NULL, sizeof *a, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (a == MAP_FAILED)
        return 1;
    if (!strcmp(argv[1], "rdlock"))
        return pthread_rwlock_rdlock(&a->rwlock) != 0 ? 1 : a->flag ? 0 : 2;
    if (!strcmp(argv[1], "barrier")) {
        int r = pthread_barrier_wait(&a->barrier);
        return r == 0 || r == PTHREAD_BARRIER_SERIAL_THREAD ? 0 : 1;
    }
    if (pthread_mutex_lock(&a->mutex) != 0)
        return 1;
    if (!strcmp(argv[1], "lock"))
        return a->flag ? 0 : 2;
    if (!strcmp(argv[1], "wait")) {
        while (!a->flag)
            if (pthread_cond_wait(&a->cond, &a->mutex) != 0)
                return 1;
        return pthread_mutex_unlock(&a->mutex) == 0 ? 0 : 1;
    }
    if (!strcmp(argv[1], "die"))
        return 0;
    return 64;
}
