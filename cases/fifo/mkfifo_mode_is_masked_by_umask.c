#include "pipe.h"
#include <sys/stat.h>

PROBE(.claim     = "A new FIFO's permissions are mode & ~umask",
      .reference = "mkfifo(3) \"DESCRIPTION\"",
      .seed      = "SEED-18",
      .kind      = "confirms",
      .how       = "With umask 027, mkfifo(path, 0666) must give permissions 0640; with umask 0, "
                   "mkfifo(path, 0666) must give 0666.");

static void expect_mode(const char *name, mode_t mask, mode_t want)
{
    struct stat st;
    umask(mask);
    const char *path = fifo_make(name, 0666);
    PROBE_POISON(st);
    SETUP(stat(path, &st));
    EXPECT_TRUE((st.st_mode & 07777) == want, "mkfifo(0666) under umask %03o: expected mode %04o; "
                "observed %04o", (unsigned)mask, (unsigned)want, (unsigned)(st.st_mode & 07777));
}

PROBE_BODY
{
    expect_mode("masked", 027, 0640);
    expect_mode("unmasked", 0, 0666);
}
