#include "psem.h"
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>

PROBE(.claim     = "An mqueue filesystem shows each POSIX message queue of its IPC namespace as a "
                   "file named after the queue, whose contents start with QSIZE: the bytes queued",
      .reference = "mq_overview(7) \"Mounting the message queue filesystem\"",
      .how       = "A queue gets one 5-byte message. A child mounts its own mqueue filesystem in a "
                   "private mount namespace (so the probe does not depend on /dev/mqueue being "
                   "mounted, which a box may lack: mq_open needs no mount) and reads the file of "
                   "that name: it must begin \"QSIZE:5\". SKIP when the mount is refused (EPERM).",
      .needs     = "root",
      .since     = "2.6.6");

static const char *queue;
static char dir[256];

enum { AS_CLAIMED, NO_FILE, WRONG_SIZE, MOUNT_REFUSED, SETUP_FAILED };

static int read_through_a_mount(void *arg)
{
    if (unshare(CLONE_NEWNS) != 0 || mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0)
        return SETUP_FAILED;
    if (mount("mqueue", dir, "mqueue", 0, NULL) != 0)
        return errno == EPERM ? MOUNT_REFUSED : SETUP_FAILED;
    char path[512], text[128] = { 0 };
    snprintf(path, sizeof path, "%s%s", dir, queue); /* the name starts with '/' */
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd == -1)
        return NO_FILE;
    ssize_t n = read(fd, text, sizeof text - 1);
    close(fd);
    return n > 0 && strncmp(text, "QSIZE:5 ", 8) == 0 ? AS_CLAIMED : WRONG_SIZE;
}

PROBE_BODY
{
    queue = psem_name("mqfs");
    mqd_t q = psem_mq_create(queue, 0, 4, 16);
    SETUP(mq_send(q, "hello", 5, 0));
    snprintf(dir, sizeof dir, "%s", probe_path("mqueue"));
    SETUP(mkdir(dir, 0700));

    pid_t child = probe_spawn(read_through_a_mount, NULL);
    int status = probe_reap(child, PROBE_BOUND_MS);
    int code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code == MOUNT_REFUSED)
        probe_skip("mounting an mqueue filesystem was refused (EPERM)");
    if (code == SETUP_FAILED)
        probe_error("the child could not make a private mount namespace or mount mqueue");
    EXPECT_TRUE(code == AS_CLAIMED, "expected the file %s in the mqueue filesystem to begin "
                "\"QSIZE:5\"; observed %s", queue, code == NO_FILE ? "no such file" :
                code == WRONG_SIZE ? "other contents" : describe_status(status));
}
