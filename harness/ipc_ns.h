/*
 * ipc_ns.h — IPC namespaces and their limits (/proc/sys/kernel/msgmni and kin), for children
 * that make new namespaces: these report through their exit code, never EXPECT_*.
 */
#ifndef IPCPROBE_IPC_NS_H
#define IPCPROBE_IPC_NS_H
#include "probe.h"

/* The number in /proc/sys/<name> ("kernel/msgmni"), or -1 with errno. */
long ipc_limit_read(const char *name);
/* Write `value` to /proc/sys/<name>: 0, or -1 with errno (EACCES from open() when the
 * caller may not change it). */
int ipc_limit_write(const char *name, long value);
/* The inode of /proc/self/ns/ipc: which IPC namespace the caller is in (0 if unreadable). */
unsigned long ipc_ns_id(void);

#endif
