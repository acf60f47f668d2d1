/*
 * landlock.h — Landlock scoping (Linux 6.12, ABI 6) for the probes that a sandbox must
 * confine: glibc 2.36 has no wrappers, so the calls go through syscall() (which mutants
 * interpose).
 */
#ifndef IPCPROBE_LANDLOCK_H
#define IPCPROBE_LANDLOCK_H
#include "probe.h"

#ifndef LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET
#define LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET (1ULL << 0)
#define LANDLOCK_SCOPE_SIGNAL (1ULL << 1)
#endif

/* SKIP unless Landlock is enabled with at least ABI `abi` (6: scoping): naming whether the
 * kernel lacks it (ENOSYS), has it disabled at boot (EOPNOTSUPP: not in lsm=), or has an
 * older ABI (absent, with the probe's .since). */
void landlock_require_abi(int abi);
/* Put the caller (a child) into a new Landlock domain with these scopes, after setting
 * no_new_privs: 0, or -1 with errno. */
int landlock_scope_self(unsigned long long scoped);

#endif
