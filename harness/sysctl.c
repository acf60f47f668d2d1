/* Limits are read from /proc/sys, never hard-coded. */
#include "probe.h"
#include <stdio.h>

unsigned long long probe_sysctl(const char *name)
{
    char path[256];
    unsigned long long value;
    snprintf(path, sizeof path, "/proc/sys/%s", name);
    FILE *f = fopen(path, "re");
    if (!f && errno == ENOENT)
        probe_skip("%s does not exist: this kernel lacks the feature", path);
    if (!f)
        probe_error("cannot read %s: %s", path, errno_name(errno));
    int n = fscanf(f, "%llu", &value);
    fclose(f);
    if (n != 1)
        probe_error("%s does not hold a number", path);
    return value;
}
