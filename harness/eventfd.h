/*
 * eventfd.h — plumbing for the eventfd probes (cases/eventfd/): set-up reads and writes of
 * the 8-byte counter, children that try one read or write and report its errno (judged with
 * expect_child_errno() of probe.h or expect_child_errno_at_once() of sysv_msgsem.h), and
 * the system calls they enter for the blocked-state oracle.
 */
#ifndef IPCPROBE_EVENTFD_H
#define IPCPROBE_EVENTFD_H
#include "probe.h"
#include "sysv_msgsem.h" /* expect_child_errno_at_once(); child_errno() is in probe.h */
#include <stdint.h>
#include <sys/eventfd.h>

/* The largest value an eventfd counter holds. */
#define EVENTFD_MAX 0xfffffffffffffffeULL

/* read() and write() of an eventfd enter read and write (glibc, strace). */
extern const struct probe_syscall EVENTFD_SYS_READ, EVENTFD_SYS_WRITE;

/* read() of the counter as a set-up step: the 8-byte value; ERROR on failure. */
uint64_t efd_take(int fd);
/* write() of value as a set-up step; ERROR on failure. */
void efd_add(int fd, uint64_t value);

/* A child that reads the counter once and exits with child_errno() of the read, or
 * 200 + the value read when it was 1..50 (so a value is told from an errno). */
#define EFD_VALUE_EXIT(v) (200 + (int)(v))
pid_t efd_spawn_read(int fd);
/* A child that writes `value` once and exits with child_errno() of the write. */
pid_t efd_spawn_write(int fd, uint64_t value);

#endif
