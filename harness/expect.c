/* Expectations: compare, and on a mismatch say what was expected and what happened. */
#include "probe.h"
#include <stdio.h>
#include <stdlib.h>

long expect_ok_at(const char *file, int line, const char *call, long ret, int err)
{
    if (ret == -1)
        probe_fail_at(file, line, "%s: expected success; observed -1/%s", call, errno_name(err));
    return ret;
}

void expect_errno_at(const char *file, int line, const char *call, long ret, int err,
                     int want, const char *want_name)
{
    if (ret != -1)
        probe_fail_at(file, line, "%s: expected -1/%s; observed %ld (call succeeded)",
                      call, want_name, ret);
    if (err != want)
        probe_fail_at(file, line, "%s: expected -1/%s; observed -1/%s", call, want_name,
                      errno_name(err));
}

void expect_eq_at(const char *file, int line, const char *what, long long got, long long want)
{
    if (got != want)
        probe_fail_at(file, line, "%s: expected %lld; observed %lld", what, want, got);
}

/* A System V get call refused with ENOSYS: the kernel has no System V IPC at all. */
static int sysv_absent(const char *call, int err)
{
    return err == ENOSYS && (strncmp(call, "msgget(", 7) == 0 || strncmp(call, "semget(", 7) == 0 ||
                             strncmp(call, "shmget(", 7) == 0);
}

long setup_ok_at(const char *file, int line, const char *call, long ret, int err)
{
    if (ret == -1 && sysv_absent(call, err))
        probe_skip_at(file, line, "System V IPC is not available: %s failed with ENOSYS (a kernel "
                      "built without CONFIG_SYSVIPC)", call);
    if (ret == -1)
        probe_error_at(file, line, "setup step %s failed: %s (%s)", call, errno_name(err),
                       strerror(err));
    return ret;
}

void *setup_ptr_at(const char *file, int line, const char *call, void *ret, void *bad, int err)
{
    if (ret == bad)
        probe_error_at(file, line, "setup step %s failed: %s (%s)", call, errno_name(err),
                       strerror(err));
    return ret;
}
