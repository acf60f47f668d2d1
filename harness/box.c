/* The facts of the box a probe was built for: C library, compiler, architecture. */
#include "box.h"
#include <stdio.h>
#include <sys/utsname.h>
#ifdef __GLIBC__
#include <gnu/libc-version.h>
#endif

#ifndef IPCPROBE_LINK
#define IPCPROBE_LINK "dynamic"
#endif

void box_print_json(FILE *out)
{
    struct utsname u;
    uname(&u);
#ifdef __GLIBC__
    const char *libc = "glibc", *libc_version = gnu_get_libc_version();
#else
    const char *libc = "musl", *libc_version = "unknown"; /* musl has no version call */
#endif
#ifdef __clang__
    const char *compiler = "clang " __clang_version__;
#elif defined(__GNUC__)
    const char *compiler = "gcc " __VERSION__;
#else
    const char *compiler = "unknown";
#endif
    fprintf(out, "{\"libc\": \"%s\", \"libc_version\": \"%s\", \"compiler\": \"%s\", "
                 "\"machine\": \"%s\", \"bits\": %d, \"endian\": \"%s\", \"link\": \"%s\"}\n",
            libc, libc_version, compiler, u.machine, (int)(sizeof(void *) * 8),
            __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__ ? "big" : "little", IPCPROBE_LINK);
}
