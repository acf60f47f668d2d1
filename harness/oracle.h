/*
 * oracle.h — the system calls the blocked-state oracle recognises, and how it learns what
 * /proc shows for each on this box. Included by probe.h; linked into the isolation launcher
 * too (ipcprobe-isolate --oracle), so it needs nothing but libc.
 *
 * A probe names the call it expects a task to block in by the number of its own ABI
 * (SYS_read). What /proc/<pid>/syscall shows for that task need not be that number: glibc
 * routes some calls elsewhere (semop() is semtimedop, open() is openat, a 32-bit
 * architecture's timed calls are their *_time64 variants, i386 and s390x send System V IPC
 * through ipc(2)), and an emulator such as qemu-user shows the number of the call it made
 * on the host (read() of an aarch64 program shows x86_64's 0, not 63). So the oracle does
 * not assume a table: a calibration child per call blocks in that libc call for certain
 * (the only call after a marker it sent) and the number /proc shows for it is learned.
 *
 * Where /proc/<pid>/syscall cannot be read (User-Mode Linux: fs/proc/base.c makes that file
 * only under CONFIG_HAVE_ARCH_TRACEHOOK, which arch/um never selects), the same child teaches
 * another witness: the kernel functions the task sleeps in, from /proc/<pid>/stack where it
 * is readable (pipe_read/vfs_read/ksys_read/sys_read, once the frames every call shares, the
 * scheduler's and the entry's, are dropped), else /proc/<pid>/wchan; learned per call, never
 * named here; a task matches when its frames hold the last of those (the call's entry,
 * sys_read: what is above it depends on the file read). It counts only if it tells the calls
 * apart: two calls with one last frame are refused (UML's wchan is such: um_set_signals
 * for read, write and the sleep call alike), unless they are one wait in the kernel (the futex
 * calls; epoll_wait and epoll_pwait2), and a call whose witness cannot be learned is an
 * ERROR saying why.
 */
#ifndef IPCPROBE_ORACLE_H
#define IPCPROBE_ORACLE_H
#include <stddef.h>
#include <stdio.h>
#include <sys/syscall.h>

/* A call as a probe expects it: number, and the first argument for a multiplexer (ipc(2)). */
struct probe_syscall { long nr; long arg0; int match_arg0; const char *name; };
extern const struct probe_syscall SYSCALL_MSGRCV, SYSCALL_MSGSND, SYSCALL_SEMOP;
/* recv(): recvfrom, but socketcall(2) with SYS_RECV (10, include/uapi/linux/net.h) first on
 * i386 glibc (2.36: seen as syscall 102). */
extern const struct probe_syscall SOCK_SYSCALL_RECV;

/* The calls libc's routines enter, as probes name them (the calibration learns the truth). */
#if defined(__GLIBC__) || !defined(SYS_open)
#define SYS_OPEN_OF_LIBC SYS_openat          /* open(): glibc always uses openat */
#else
#define SYS_OPEN_OF_LIBC SYS_open
#endif
#ifdef SYS_pause
#define SIG_SYS_PAUSE SYS_pause              /* pause() */
#else
#define SIG_SYS_PAUSE SYS_ppoll
#endif
#if defined(__GLIBC__) || !defined(SYS_nanosleep)
#define SIG_SYS_SLEEP SYS_clock_nanosleep    /* libc's sleep: clock_nanosleep on glibc */
#else
#define SIG_SYS_SLEEP SYS_nanosleep
#endif
#define PSEM_NR_FUTEX SYS_futex              /* sem_wait(), pthread_join() */
#define PSEM_NR_MQ_TIMEDRECEIVE SYS_mq_timedreceive
#ifdef SYS_fcntl64
#define LOCK_NR_FCNTL SYS_fcntl64            /* fcntl(): fcntl64 where it exists (i386) */
#else
#define LOCK_NR_FCNTL SYS_fcntl
#endif
/* glibc 2.36 on x86_64 (strace): poll() enters poll, epoll_wait() enters epoll_wait.
 * musl 1.2.3 (strace) makes epoll_wait() an epoll_pwait() with no mask (src/linux/epoll.c).
 * Architectures without those calls (aarch64) have only ppoll and epoll_pwait. */
#ifdef SYS_poll
#define POLL_NR_POLL SYS_poll
#else
#define POLL_NR_POLL SYS_ppoll
#endif
#if defined(SYS_epoll_wait) && defined(__GLIBC__)
#define POLL_NR_EPOLL_WAIT SYS_epoll_wait
#else
#define POLL_NR_EPOLL_WAIT SYS_epoll_pwait
#endif

/* What /proc shows for a task blocked in a call: its number, and arg0 when it is a multiplexer
 * (-1: any); or, where /proc/<pid>/syscall is unreadable, the kernel functions it sleeps in
 * ("pipe_read/vfs_read/ksys_read/sys_read" of its stack, or its wchan; nr -1). */
struct oracle_shown { long nr; long arg0; char where[256]; };

/* The witness this box's /proc offers: the syscall a task is in, or (/proc/self/syscall
 * unreadable) the functions of its stack, or its wchan, or none (then the oracle cannot
 * prove blocking). */
enum { ORACLE_BY_SYSCALL, ORACLE_BY_STACK, ORACLE_BY_WCHAN, ORACLE_NO_WITNESS };
#define ORACLE_NO_WITNESS_WHY "this kernel shows no syscall in /proc/<pid>/syscall and no " \
                              "wchan: the oracle cannot prove blocking"
int oracle_witness(void);
/* The function names of /proc/<pid>/stack's or wchan's text, '/'-separated, into out. */
void oracle_frames(const char *text, char *out, size_t len);
/* 1 when frames hold the last of where's names (the call's entry, sys_read) as a whole name. */
int oracle_frames_match(const char *frames, const char *where);

/* Learn what /proc shows for a task blocked in the libc call a probe names (nr, arg0 or -1).
 * 0 on success; 1 when no calibration exists for that call; -1 when it failed (why says). */
int oracle_learn(long nr, long arg0, struct oracle_shown *shown, char *why, size_t why_len);
/* Every call the oracle can learn, one line each: "<name> <key> <shown>" or "<name> <key> ?
 * <why>", key and shown as nr or nr/arg0, shown as @wchan where that is the witness
 * (ipcprobe-isolate --oracle prints this). */
void oracle_print_calibration(FILE *out, int bound_ms);
#endif
