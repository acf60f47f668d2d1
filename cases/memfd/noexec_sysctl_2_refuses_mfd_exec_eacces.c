#include "memfd.h"
#include <fcntl.h>
#include <sched.h>
#include <sys/wait.h>

PROBE(.claim     = "With vm.memfd_noexec = 2 in its pid namespace, memfd_create(MFD_EXEC) fails "
                   "with EACCES",
      .reference = "memfd_create(2) \"MFD_EXEC\", \"ERRORS\" (EACCES); Documentation/admin-guide/"
                   "sysctl/vm.rst \"memfd_noexec\"",
      .how       = "A child enters a new pid namespace; its first process writes 2 to "
                   "/proc/sys/vm/memfd_noexec (which then holds for that namespace only) and "
                   "calls memfd_create(MFD_EXEC), which must fail with EACCES. SKIP before "
                   "Linux 6.3 (no such sysctl).",
      .needs     = "root",
      .since     = "6.3");

/* Set-up failures in the children exit with codes above any errno. */
enum { WRITE_FAILED = 200, UNSHARE_FAILED, WAIT_FAILED };

static int in_new_pid_namespace(void)
{
    int fd = open("/proc/sys/vm/memfd_noexec", O_WRONLY);
    if (fd == -1 || write(fd, "2", 1) != 1)
        return WRITE_FAILED;
    close(fd);
    return child_errno(memfd_create("ipcprobe", MFD_EXEC | MFD_CLOEXEC));
}

static int enter_pid_namespace(void *arg)
{
    if (unshare(CLONE_NEWPID) != 0)
        return UNSHARE_FAILED;
    pid_t first = fork();
    if (first == 0)
        _exit(in_new_pid_namespace());
    int status;
    if (first == -1 || waitpid(first, &status, 0) != first || !WIFEXITED(status))
        return WAIT_FAILED;
    return WEXITSTATUS(status);
}

PROBE_BODY
{
    if (access("/proc/sys/vm/memfd_noexec", F_OK) != 0)
        probe_skip_absent("/proc/sys/vm/memfd_noexec does not exist");
    pid_t child = probe_spawn(enter_pid_namespace, NULL);
    expect_child_errno(child, EACCES, PROBE_BOUND_MS,
                       "memfd_create(MFD_EXEC) under vm.memfd_noexec=2 (errno 200: the sysctl "
                       "write failed, 201: unshare, 202: wait)");
}
