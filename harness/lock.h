/*
 * lock.h — plumbing for the file lock probes (cases/lock/): a file to lock, fcntl() byte-range
 * locks in one call, and other processes that hold a lock until told to let go, or try one
 * and report the errno (judged with expect_child_errno() of probe.h).
 */
#ifndef IPCPROBE_LOCK_H
#define IPCPROBE_LOCK_H
#include "probe.h" /* child_errno(), expect_child_errno() */
#include <fcntl.h>
#include <sys/file.h>

/* A new 100-byte file in the probe's directory (registered for removal); its path, which
 * stays valid for the probe's life. */
const char *lock_file(void);
/* open(path, flags) as a set-up step: ERROR if it fails. */
int lock_open(const char *path, int flags);

/* fcntl(fd, cmd, &{type, SEEK_SET, start, len}), cmd F_SETLK, F_SETLKW, F_OFD_SETLK, ...:
 * fcntl's result, errno as it left it. */
int lock_range(int fd, int cmd, short type, off_t start, off_t len);
/* F_GETLK (or F_OFD_GETLK) for type on [start, start+len): what the kernel wrote back.
 * ERROR when the call fails. */
struct flock lock_query(int fd, int cmd, short type, off_t start, off_t len);
/* "F_WRLCK", "F_RDLCK", "F_UNLCK". */
const char *lock_type_name(short type);

/* One step of a holder: an fcntl lock command (cmd != 0), or a flock() operation (cmd 0). */
struct lock_step { int cmd; short type; off_t start, len; int flock_op; };
/* A process that opens the file (O_RDWR), performs the steps and keeps what they took until
 * lock_release(); it ends when the probe does. Returns once every step succeeded; ERROR
 * (naming the step and errno) otherwise. */
struct lock_holder { pid_t pid; int release; };
struct lock_holder lock_hold(const char *path, const struct lock_step *steps, int n);
/* Let the holder go (it exits 0) and reap it. */
void lock_release(struct lock_holder *h);

/* A child that opens the file (O_RDWR) and runs one step, exiting with child_errno() of it:
 * judge with expect_child_errno(pid, EAGAIN, PROBE_BOUND_MS, "what"). */
pid_t lock_try(const char *path, struct lock_step step);

#endif
