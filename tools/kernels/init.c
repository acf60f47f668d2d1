/* The first process of a guest kernel booted by tools/kernels/kernels.py (make kernels).
 * Linked statically; it runs from the initramfs (qemu) or from a hostfs directory (UML) and
 * reads its orders from /ipcprobe.conf, one per line, written by kernels.py:
 *
 *   insmod FILE                   load a module (finit_module; the host decompressed it)
 *   mkdir DIR
 *   mount SOURCE TARGET TYPE [OPTIONS]
 *   root DIR                      make DIR the root (move it onto /, chroot)
 *   env NAME=VALUE                for the program run next
 *   run PROGRAM [ARG...]          run it, wait for it (and reap every orphan meanwhile)
 *
 * Then it syncs and powers the machine off, also when an order fails (the failure is printed
 * on the console first, "ipcprobe-init: ..."), so the host never waits for a bound. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_WORDS 64

static void power_off(void)
{
    sync();
    reboot(RB_POWER_OFF);
    _exit(1); /* the kernel panics; panic=-1 ends the machine as well */
}

static void fail(const char *what, const char *arg)
{
    fprintf(stderr, "ipcprobe-init: %s %s: %s\n", what, arg ? arg : "", strerror(errno));
    power_off();
}

static void console(void)
{
    mkdir("/dev", 0755);
    if (mount("devtmpfs", "/dev", "devtmpfs", 0, NULL) != 0 && errno != EBUSY)
        return;
    int fd = open("/dev/console", O_RDWR | O_NOCTTY);
    if (fd < 0)
        return;
    for (int i = 0; i < 3; i++)
        dup2(fd, i);
    if (fd > 2)
        close(fd);
}

static void run(char **argv)
{
    pid_t child = fork();
    if (child < 0)
        fail("fork", argv[0]);
    if (child == 0) {
        setsid();
        execv(argv[0], argv);
        fprintf(stderr, "ipcprobe-init: exec %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    for (;;) {
        int status;
        pid_t done = wait(&status);
        if (done == child || (done < 0 && errno == ECHILD))
            return;
    }
}

static void order(char **w, int n)
{
    if (!strcmp(w[0], "insmod") && n == 2) {
        int fd = open(w[1], O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            fail("open", w[1]);
        if (syscall(SYS_finit_module, fd, "", 0) != 0 && errno != EEXIST)
            fail("insmod", w[1]);
        close(fd);
    } else if (!strcmp(w[0], "mkdir") && n == 2) {
        if (mkdir(w[1], 0755) != 0 && errno != EEXIST)
            fail("mkdir", w[1]);
    } else if (!strcmp(w[0], "mount") && (n == 4 || n == 5)) {
        if (mount(w[1], w[2], w[3], 0, n == 5 ? w[4] : NULL) != 0)
            fail("mount", w[2]);
    } else if (!strcmp(w[0], "root") && n == 2) {
        if (chdir(w[1]) != 0 || mount(".", "/", NULL, MS_MOVE, NULL) != 0 ||
            chroot(".") != 0 || chdir("/") != 0)
            fail("root", w[1]);
    } else if (!strcmp(w[0], "env") && n == 2) {
        if (putenv(strdup(w[1])) != 0)
            fail("env", w[1]);
    } else if (!strcmp(w[0], "run") && n >= 2) {
        w[n] = NULL;
        run(w + 1);
    } else {
        errno = EINVAL;
        fail("unknown order", w[0]);
    }
}

int main(void)
{
    console();
    FILE *conf = fopen("/ipcprobe.conf", "r");
    if (!conf)
        fail("open", "/ipcprobe.conf");
    char line[4096];
    while (fgets(line, sizeof line, conf)) {
        char *w[MAX_WORDS + 1];
        int n = 0;
        for (char *s = strtok(line, " \n"); s && n < MAX_WORDS; s = strtok(NULL, " \n"))
            w[n++] = s;
        if (n > 0 && w[0][0] != '#')
            order(w, n);
    }
    fclose(conf);
    power_off();
}
