/* Plumbing for the file-mapping probes: see mapping.h. */
#include "mapping.h"
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

size_t mapping_page(void)
{
    return (size_t)sysconf(_SC_PAGESIZE);
}

const char *mapping_path(void)
{
    static char path[4096];
    if (!path[0])
        snprintf(path, sizeof path, "%s", probe_path("mapped_file"));
    return path;
}

int mapping_file(size_t size, const char *text)
{
    int fd = SETUP(open(mapping_path(), O_RDWR | O_CREAT | O_TRUNC, 0600));
    probe_defer_remove(PROBE_FILE, 0, mapping_path());
    SETUP(ftruncate(fd, (off_t)size));
    SETUP(pwrite(fd, text, strlen(text), 0));
    return fd;
}

char *mapping_map(int fd, size_t len, int flags)
{
    return SETUP_PTR(mmap(NULL, len, PROT_READ | PROT_WRITE, flags, fd, 0), MAP_FAILED);
}

int mapping_peer(char *out, size_t len, const char *op, const char *arg1, const char *arg2)
{
    const char *helper = probe_helper("mmap_peer");
    int p[2];
    SETUP(pipe(p));
    pid_t pid = probe_fork();
    if (pid == 0) {
        dup2(p[1], 1);
        close(p[0]);
        execl(helper, "mmap_peer", op, mapping_path(), arg1, arg2, (char *)NULL);
        _exit(127);
    }
    close(p[1]);
    size_t got = 0;
    ssize_t n;
    char sink[256];
    while ((n = read(p[0], out && got < len - 1 ? out + got : sink,
                     out && got < len - 1 ? len - 1 - got : sizeof sink)) > 0)
        if (out && got < len - 1)
            got += (size_t)n;
    close(p[0]);
    if (out)
        out[got] = '\0';
    int status = probe_reap(pid, PROBE_BOUND_MS);
    if (status == -1 || !WIFEXITED(status))
        probe_error("mmap_peer %s: %s", op, status == -1 ? "did not end within the bound"
                                                          : describe_status(status));
    return WEXITSTATUS(status);
}

void mapping_expect_at(const char *file, int line, const char *p, const char *want, const char *what)
{
    size_t len = strlen(want);
    if (memcmp(p, want, len) != 0)
        probe_fail_at(file, line, "expected \"%s\" in %s; observed \"%.*s\"", want, what, (int)len, p);
}

int mapping_touch_in_child(const volatile char *p)
{
    pid_t pid = probe_fork();
    if (pid == 0) {
        setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 }); /* a fatal fault leaves no core */
        _exit(p[0] == 0x7f ? 1 : 0);
    }
    return probe_reap(pid, PROBE_BOUND_MS);
}
