/* fifo_write_by_path PATH TEXT: open PATH for writing, write TEXT, exit 0 (1 on any error).
 * A separate program, so it shares nothing with the probe but the path. */
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    int fd = open(argv[1], O_WRONLY);
    size_t len = strlen(argv[2]);
    return fd >= 0 && write(fd, argv[2], len) == (ssize_t)len && close(fd) == 0 ? 0 : 1;
}
