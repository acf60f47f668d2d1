#include "sysv_msgsem.h"
#include <signal.h>

PROBE(.claim     = "A caught signal interrupts a blocked msgrcv, which fails with EINTR (never "
                   "restarted, even with SA_RESTART)",
      .reference = "msgrcv(2) \"ERRORS\" (EINTR); signal(7) \"Interruption of system calls\"",
      .how       = "A child with a SA_RESTART handler for SIGUSR1 blocks in msgrcv (oracle); after "
                   "SIGUSR1 its msgrcv must fail with EINTR.");

static int id;

static void on_usr1(int sig) { }

static int receiver(void *arg)
{
    struct sigaction sa = { .sa_handler = on_usr1, .sa_flags = SA_RESTART };
    sigaction(SIGUSR1, &sa, NULL);
    struct text_msg m;
    return child_errno(msgrcv(id, &m, sizeof m.mtext, 0, 0));
}

PROBE_BODY
{
    id = msg_queue();
    pid_t child = probe_spawn(receiver, NULL);

    expect_blocked_in(child, child, &SYSCALL_MSGRCV, PROBE_BOUND_MS);
    SETUP(kill(child, SIGUSR1));
    expect_child_errno(child, EINTR, PROBE_BOUND_MS, "msgrcv interrupted by a caught SIGUSR1");
}
