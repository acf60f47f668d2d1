/* psem_post_named NAME: open the existing named semaphore NAME (no O_CREAT) and post it once.
 * Exit 0 on success, else the errno of the failing call (so an unrelated process reports). */
#include <errno.h>
#include <fcntl.h>
#include <semaphore.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 100;
    sem_t *s = sem_open(argv[1], 0);
    if (s == SEM_FAILED)
        return errno;
    if (sem_post(s) != 0)
        return errno;
    return sem_close(s) == 0 ? 0 : errno;
}
