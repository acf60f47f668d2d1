#include "probe.h"
#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "A socket node cannot be opened with open(): it fails with ENXIO (sockets "
                   "are reached with socket + connect, not open)",
      .reference = "open(2) \"ERRORS\" (ENXIO: the file is a UNIX domain socket); unix(7)",
      .seed      = "SEED-70",
      .kind      = "confirms",
      .how       = "A UNIX socket is bound to a path; open() of that path for reading "
                   "and writing must fail with ENXIO.");

PROBE_BODY
{
    const char *path = probe_path("sock");
    sock_bind_path(path, SOCK_STREAM);

    EXPECT_ERRNO(open(path, O_RDWR), ENXIO);
}
