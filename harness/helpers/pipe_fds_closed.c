/* pipe_fds_closed FD...: exit 0 if every FD given is closed in this (exec'd) process, 1 if any
 * is still open, 2 on bad usage. Used to see which descriptors survive execve(). */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    for (int i = 1; i < argc; i++)
        if (fcntl(atoi(argv[i]), F_GETFD) != -1 || errno != EBADF)
            return 1;
    return 0;
}
