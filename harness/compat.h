/*
 * compat.h — what an older or another C library lacks, supplied ONLY where it lacks it, so
 * every probe builds with glibc 2.31 (Debian 11), musl and glibc 2.36 alike, on 64 and 32
 * bits and on every Linux architecture the project builds for. Included by probe.h.
 *
 * - Constants: #ifndef NAME, with the kernel's uapi value (the same on every architecture
 *   unless said otherwise).
 * - Functions: where the C library has no wrapper (glibc before the version that brought
 *   it, or not glibc at all), a static inline one that calls syscall(), under a private name
 *   #defined over the public one. Where libc has the wrapper, libc's is called: a function
 *   in the probe binary could not be interposed by the LD_PRELOAD mutants.
 *   On such a libc the mutants of the wrapper cannot reach the call; mutants of syscall() can.
 * - System call numbers: Linux 5.1 gave every new call one number on all architectures but
 *   alpha, ia64 and mips (arch/ * /syscall.tbl, "unified" numbering from 424 on); only those
 *   are supplied, so no x86-only number is ever guessed.
 */
#ifndef IPCPROBE_COMPAT_H
#define IPCPROBE_COMPAT_H
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#if defined(__GLIBC__) && defined(__GLIBC_PREREQ)
#define COMPAT_GLIBC_PREREQ(maj, min) __GLIBC_PREREQ(maj, min)
#else
#define COMPAT_GLIBC_PREREQ(maj, min) 0 /* not glibc: musl has none of the wrappers below */
#endif

/* ---- system call numbers newer than the kernel headers (unified numbering) ------------- */
#if !defined(__alpha__) && !defined(__ia64__) && !defined(__mips__)
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424 /* Linux 5.1 */
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434 /* 5.3 */
#endif
#ifndef SYS_clone3
#define SYS_clone3 435 /* 5.3 */
#endif
#ifndef SYS_close_range
#define SYS_close_range 436 /* 5.9 */
#endif
#ifndef SYS_pidfd_getfd
#define SYS_pidfd_getfd 438 /* 5.6 */
#endif
#ifndef SYS_epoll_pwait2
#define SYS_epoll_pwait2 441 /* 5.11 */
#endif
#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444 /* 5.13 */
#define SYS_landlock_restrict_self 446
#endif
#ifndef SYS_futex_waitv
#define SYS_futex_waitv 449 /* 5.16 */
#endif
#ifndef SYS_futex_wake
#define SYS_futex_wake 454 /* 6.7 */
#endif
#ifndef SYS_futex_wait
#define SYS_futex_wait 455 /* 6.7 */
#endif
#endif

/* ---- kernel uapi headers: musl-gcc sees none; Debian 11's are Linux 5.10's --------------- */
#ifdef __has_include
#if __has_include(<linux/futex.h>)
#include <linux/futex.h>
#endif
#if __has_include(<linux/sched.h>)
#include <linux/sched.h>
#endif
#endif
#ifndef FUTEX_WAIT
#define FUTEX_WAIT 0
#define FUTEX_WAKE 1
#endif
#ifndef FUTEX_PRIVATE_FLAG
#define FUTEX_PRIVATE_FLAG 128
#endif
#ifndef FUTEX_BITSET_MATCH_ANY
#define FUTEX_BITSET_MATCH_ANY 0xffffffff
#endif
#ifndef FUTEX_WAITV_MAX /* Linux 5.16 brought these with futex_waitv(2) */
#define FUTEX_WAITV_MAX 128
#define FUTEX_32 2
struct futex_waitv {
    uint64_t val;
    uint64_t uaddr;
    uint32_t flags;
    uint32_t __reserved;
};
#endif
#ifndef FUTEX2_SIZE_U32
#define FUTEX2_SIZE_U32 0x02 /* 6.7 */
#endif
#ifndef CLONE_PIDFD
#define CLONE_PIDFD 0x00001000 /* 5.2 */
#endif
#ifndef CLONE_ARGS_SIZE_VER0 /* Linux 5.3 brought these with clone3(2) */
#define CLONE_ARGS_SIZE_VER0 64
struct clone_args {
    uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
    uint64_t set_tid, set_tid_size, cgroup; /* 5.5, 5.7 */
};
#endif

/* ---- pidfd: <sys/pidfd.h> came with glibc 2.36 ----------------------------------------- */
#if defined(__has_include)
#if __has_include(<sys/pidfd.h>)
#include <sys/pidfd.h>
#define COMPAT_HAVE_SYS_PIDFD_H 1
#endif
#endif
#ifndef COMPAT_HAVE_SYS_PIDFD_H
static inline int compat_pidfd_open(pid_t pid, unsigned int flags)
{
    return (int)syscall(SYS_pidfd_open, pid, flags);
}
static inline int compat_pidfd_getfd(int pidfd, int targetfd, unsigned int flags)
{
    return (int)syscall(SYS_pidfd_getfd, pidfd, targetfd, flags);
}
static inline int compat_pidfd_send_signal(int pidfd, int sig, siginfo_t *info, unsigned int flags)
{
    return (int)syscall(SYS_pidfd_send_signal, pidfd, sig, info, flags);
}
#define pidfd_open compat_pidfd_open
#define pidfd_getfd compat_pidfd_getfd
#define pidfd_send_signal compat_pidfd_send_signal
#endif
/* waitid(P_PIDFD, ...): Linux 5.4; an idtype_t value in glibc only from 2.36 (musl has it). */
#if defined(__GLIBC__) && !COMPAT_GLIBC_PREREQ(2, 36) && !defined(P_PIDFD)
#define P_PIDFD 3
#endif
#ifndef PIDFD_NONBLOCK
#define PIDFD_NONBLOCK O_NONBLOCK /* 5.10 */
#endif

/* ---- close_range: glibc 2.34 ----------------------------------------------------------- */
#if !COMPAT_GLIBC_PREREQ(2, 34)
static inline int compat_close_range(unsigned int first, unsigned int last, int flags)
{
    return (int)syscall(SYS_close_range, first, last, flags);
}
#define close_range compat_close_range
#endif
#ifndef CLOSE_RANGE_UNSHARE
#define CLOSE_RANGE_UNSHARE (1U << 1) /* 5.9 */
#endif
#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2) /* 5.11 */
#endif

/* ---- epoll_pwait2: glibc 2.35 ---------------------------------------------------------- */
#if !COMPAT_GLIBC_PREREQ(2, 35)
/* The kernel takes a struct __kernel_timespec (64-bit seconds on every ABI) and the size of
 * the signal mask. */
static inline int compat_epoll_pwait2(int epfd, struct epoll_event *events, int maxevents,
                                      const struct timespec *timeout, const sigset_t *mask)
{
    struct { int64_t tv_sec; long long tv_nsec; } kts, *kt = NULL;
    if (timeout) {
        kts.tv_sec = timeout->tv_sec;
        kts.tv_nsec = timeout->tv_nsec;
        kt = &kts;
    }
    return (int)syscall(SYS_epoll_pwait2, epfd, events, maxevents, kt, mask, _NSIG / 8);
}
#define epoll_pwait2 compat_epoll_pwait2
#endif

/* ---- memfd seals and flags ------------------------------------------------------------- */
#ifndef F_SEAL_FUTURE_WRITE
#define F_SEAL_FUTURE_WRITE 0x0010 /* 5.1 */
#endif
#ifndef F_SEAL_EXEC
#define F_SEAL_EXEC 0x0020 /* 6.3 */
#endif
#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 0x0008U /* 6.3 */
#endif
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U /* 6.3 */
#endif

/* ---- socket options (asm-generic numbers: x86, arm, riscv, s390, powerpc) -------------- */
#ifndef SO_PASSPIDFD
#define SO_PASSPIDFD 76 /* 6.5 */
#endif
#ifndef SO_PEERPIDFD
#define SO_PEERPIDFD 77 /* 6.5 */
#endif
#ifndef SCM_PIDFD
#define SCM_PIDFD 0x04 /* 6.5 */
#endif
#ifndef SO_PASSRIGHTS
#define SO_PASSRIGHTS 83 /* 6.16 */
#endif

/* ---- sigaction flags (include/uapi/asm-generic/signal-defs.h) --------------------------- */
#ifndef SA_UNSUPPORTED
#define SA_UNSUPPORTED 0x00000400 /* 5.11 */
#endif
#ifndef SA_EXPOSE_TAGBITS
#define SA_EXPOSE_TAGBITS 0x00000800 /* 5.11 */
#endif

#endif
