/* Landlock scoping: see landlock.h. */
#include "landlock.h"
#include <sys/prctl.h>

#define CREATE_RULESET_VERSION (1U << 0)

/* struct landlock_ruleset_attr of ABI 6 (glibc 2.36's kernel headers lack `scoped`). */
struct ruleset_attr {
    unsigned long long handled_access_fs;
    unsigned long long handled_access_net;
    unsigned long long scoped;
};

void landlock_require_abi(int abi)
{
    long have = syscall(SYS_landlock_create_ruleset, NULL, 0, CREATE_RULESET_VERSION);
    if (have == -1 && errno == ENOSYS)
        probe_skip_absent("the kernel has no Landlock (landlock_create_ruleset: ENOSYS; before "
                          "5.13 or CONFIG_SECURITY_LANDLOCK off)");
    if (have == -1 && errno == EOPNOTSUPP)
        probe_skip("Landlock is built in but not enabled at boot (EOPNOTSUPP: 'landlock' is "
                   "not in the lsm= boot parameter / CONFIG_LSM)");
    if (have == -1)
        probe_error("landlock_create_ruleset(VERSION) failed: %s", errno_name(errno));
    if (have < abi)
        probe_skip_absent("Landlock ABI %ld is older than %d (scoping)", have, abi);
}

int landlock_scope_self(unsigned long long scoped)
{
    struct ruleset_attr attr = { .scoped = scoped };
    int fd = (int)syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0);
    if (fd == -1)
        return -1;
    int r = prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0 ?
            (int)syscall(SYS_landlock_restrict_self, fd, 0) : -1;
    int err = errno;
    close(fd);
    errno = err;
    return r;
}
