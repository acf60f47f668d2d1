#include "sock.h"
#include <fcntl.h>

PROBE(.claim     = "recv() with MSG_DONTWAIT on an empty blocking socket fails with EAGAIN at "
                   "once, and the socket stays blocking",
      .reference = "recv(2) \"DESCRIPTION\" (MSG_DONTWAIT) and \"ERRORS\" (EAGAIN)",
      .how       = "A child calls recv(MSG_DONTWAIT) on an empty UNIX stream socket without "
                   "O_NONBLOCK; it must get -1/EAGAIN at once (exit 0; 2: another result), and "
                   "the socket must still lack O_NONBLOCK afterwards.");

static int sv[2];

static int peeker(void *arg)
{
    char c;
    return recv(sv[1], &c, 1, MSG_DONTWAIT) == -1 && errno == EAGAIN ? 0 : 2;
}

PROBE_BODY
{
    sock_pair(SOCK_STREAM, sv);
    expect_child_exit(probe_spawn(peeker, NULL), 0,
                      "the child's recv(MSG_DONTWAIT) (0: EAGAIN, 2: another result)");
    EXPECT_EQ(fcntl(sv[1], F_GETFL) & O_NONBLOCK, 0, "O_NONBLOCK on the socket afterwards");
}
