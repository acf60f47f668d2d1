/* sysv_shm.c — plumbing for the System V shared memory and key probes. See sysv_shm.h. */
#include "sysv_shm.h"
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>

const char *seg_key_file(void)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s", probe_path("key"));
    int fd = open(path, O_CREAT | O_WRONLY, 0600);
    if (fd < 0)
        probe_error("cannot create %s: %s", path, errno_name(errno));
    close(fd);
    return path;
}

key_t seg_key(void)
{
    key_t key = ftok(seg_key_file(), 'P');
    if (key == (key_t)-1)
        probe_error("ftok(%s, 'P') failed: %s", seg_key_file(), errno_name(errno));
    return key;
}

int seg_new(size_t size, int mode)
{
    int id = SETUP(shmget(IPC_PRIVATE, size, IPC_CREAT | mode));
    probe_defer_remove(PROBE_SHM, id, NULL);
    return id;
}

int seg_new_keyed(key_t key, size_t size, int mode)
{
    int id = SETUP(shmget(key, size, IPC_CREAT | IPC_EXCL | mode));
    probe_defer_remove(PROBE_SHM, id, NULL);
    return id;
}

void *seg_attach(int id, int flags)
{
    return SETUP_PTR(shmat(id, NULL, flags), (void *)-1);
}

struct shmid_ds seg_stat(int id)
{
    struct shmid_ds ds;
    PROBE_POISON(ds);
    SETUP(shmctl(id, IPC_STAT, &ds));
    return ds;
}

long seg_nattch(int id)
{
    return (long)seg_stat(id).shm_nattch;
}

int seg_mapped_here(int id)
{
    FILE *f = fopen("/proc/self/maps", "r");
    char line[512], name[256];
    unsigned long ino;
    int found = 0;
    if (!f)
        probe_error("cannot read /proc/self/maps: %s", errno_name(errno));
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "%*s %*s %*s %*s %lu %255s", &ino, name) == 2 &&
            !strncmp(name, "/SYSV", 5) && ino == (unsigned long)id)
            found = 1;
    fclose(f);
    return found;
}

int stage_start(struct stage *s, int (*fn)(void *), void *arg)
{
    int report[2], go[2];
    SETUP(pipe(report));
    SETUP(pipe(go));
    s->pid = probe_fork();
    if (s->pid == 0) {
        close(report[0]);
        close(go[1]);
        unsigned char r = (unsigned char)fn(arg);
        char c;
        if (write(report[1], &r, 1) != 1)
            _exit(125);
        while (read(go[0], &c, 1) > 0)
            ;
        _exit(0);
    }
    close(report[1]);
    close(go[0]);
    s->go = go[1];
    struct pollfd p = { .fd = report[0], .events = POLLIN };
    unsigned char r;
    int got = poll(&p, 1, probe_ms(PROBE_BOUND_MS)) == 1 && read(report[0], &r, 1) == 1;
    close(report[0]);
    return got ? r : -1;
}

int stage_end(struct stage *s)
{
    close(s->go);
    return probe_reap(s->pid, PROBE_BOUND_MS);
}

int tool_run(const char *cmdline, char *out, size_t len)
{
    FILE *p = popen(cmdline, "r");
    if (!p)
        probe_error("cannot run '%s': %s", cmdline, errno_name(errno));
    size_t n = fread(out, 1, len - 1, p);
    out[n] = '\0';
    char sink[4096];
    while (fread(sink, 1, sizeof sink, p) > 0)
        ;
    return pclose(p);
}

const char *tool_find_row(const char *out, int col, const char *word)
{
    for (const char *line = out; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        const char *p = line;
        for (int c = 0;; c++) {
            p += strspn(p, " \t");
            size_t n = strcspn(p, " \t\n");
            if (!n)
                break;
            if (c == col) {
                if (n == strlen(word) && !strncmp(p, word, n))
                    return line;
                break;
            }
            p += n;
        }
    }
    return NULL;
}
