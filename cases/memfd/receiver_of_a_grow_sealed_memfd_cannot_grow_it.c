#include "memfd.h"
#include "sock.h"

PROBE(.claim     = "A memfd sealed with F_SEAL_GROW and passed over a UNIX socket keeps the seal: "
                   "the receiving process cannot enlarge it (ftruncate fails with EPERM)",
      .reference = "memfd_create(2) \"File sealing\"; fcntl(2) \"File seals\" (F_SEAL_GROW); "
                   "unix(7) \"SCM_RIGHTS\"",
      .how       = "The probe seals a one-page memfd with F_SEAL_GROW and sends it (SCM_RIGHTS) "
                   "to a child; the child's ftruncate to two pages must fail with EPERM.",
      .since     = "3.17");

static int sv[2];

static int receiver(void *arg)
{
    int fd = sock_recv_fd(sv[1], 0);
    if (fd == -1)
        return 200;
    return child_errno(ftruncate(fd, 2 * memfd_page_size()));
}

PROBE_BODY
{
    int fd = memfd_page();
    memfd_seal(fd, F_SEAL_GROW);
    sock_pair(SOCK_STREAM, sv);
    pid_t child = probe_spawn(receiver, NULL);

    SETUP(sock_send_fd(sv[0], fd));
    expect_child_errno(child, EPERM, PROBE_BOUND_MS,
                       "ftruncate to two pages by the receiver (errno 200: nothing received)");
}
