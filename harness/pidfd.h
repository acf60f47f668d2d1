/*
 * pidfd.h — plumbing for the pidfd probes (cases/pidfd/) and the descriptor-table probes
 * (cases/fd/): constants newer than the build box's headers, a child held until released,
 * a bounded look at whether a descriptor is readable, PIDFD_GET_INFO, clone3().
 *
 * The constants are the kernel's uapi values (include/uapi/linux/pidfd.h, fcntl.h, magic.h);
 * a kernel that lacks one answers EINVAL/ENOTTY/EBADF, which the probes turn into a SKIP.
 */
#ifndef IPCPROBE_PIDFD_H
#define IPCPROBE_PIDFD_H
#include "probe.h"
#include "signals.h"
#include <fcntl.h>
#include <sys/ioctl.h>

#ifndef PIDFD_THREAD
#define PIDFD_THREAD O_EXCL /* 6.9 */
#endif
#ifndef PIDFD_SIGNAL_THREAD
#define PIDFD_SIGNAL_THREAD (1UL << 0) /* 6.9 */
#define PIDFD_SIGNAL_THREAD_GROUP (1UL << 1)
#define PIDFD_SIGNAL_PROCESS_GROUP (1UL << 2)
#endif
#ifndef PIDFD_SELF_THREAD
#define PIDFD_SELF_THREAD -10000 /* 6.15 */
#define PIDFD_SELF_THREAD_GROUP -10001
#endif
#ifndef PID_FS_MAGIC
#define PID_FS_MAGIC 0x50494446 /* 6.9: pidfs */
#endif
#ifndef ANON_INODE_FS_MAGIC
#define ANON_INODE_FS_MAGIC 0x09041934
#endif
#ifndef F_DUPFD_QUERY
#define F_DUPFD_QUERY (1024 + 3) /* 6.10: F_LINUX_SPECIFIC_BASE + 3 */
#endif

/* struct pidfd_info in its first published size (PIDFD_INFO_SIZE_VER0, 64 bytes, 6.13), with
 * the spare word named as 6.15 named it: exit_code (valid only with PIDFD_INFO_EXIT in mask). */
struct pidfd_info64 {
    uint64_t mask, cgroupid;
    uint32_t pid, tgid, ppid, ruid, rgid, euid, egid, suid, sgid, fsuid, fsgid;
    int32_t exit_code;
};
#define PIDFD_INFO_PID (1UL << 0)
#define PIDFD_INFO_CREDS (1UL << 1)
#define PIDFD_INFO_EXIT (1UL << 3)
#define PIDFD_GET_INFO64 _IOWR(0xFF, 11, struct pidfd_info64)

/* ioctl(pidfd, PIDFD_GET_INFO) asking for `mask`; the ioctl's return, errno as it left it. */
int pidfd_get_info(int pidfd, uint64_t mask, struct pidfd_info64 *info);

/* The pid a pidfd refers to ("Pid:" in /proc/self/fdinfo/<fd>); ERROR if unreadable. */
pid_t pidfd_pid(int pidfd);

/* A child that waits (at most the bound) until released, then _exit()s with `code`. */
struct pidfd_child { pid_t pid; struct sig_gate gate; };
void pidfd_child_start(struct pidfd_child *c, int code);
void pidfd_child_release(struct pidfd_child *c);

/* Is fd readable within ms (scaled)? poll() for POLLIN: 1 yes, 0 not by then. ms 0: now. */
int pidfd_readable(int fd, int ms);

/* clone3() (no glibc wrapper): the raw system call, so fork-like in the child (no CLONE_VM). */
long pidfd_clone3(struct clone_args *args);

/* The hexadecimal signal mask `field` ("SigPnd", "ShdPnd") of /proc/<pid>/status; ERROR if
 * it cannot be read. */
unsigned long long pidfd_status_mask(pid_t pid, const char *field);

/* FD_CLOEXEC on fd? 1 or 0; -1 with errno when fd is not open (EBADF). */
int fd_cloexec(int fd);

#endif
