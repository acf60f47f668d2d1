#include "signals.h"

PROBE(.claim     = "sigqueue(pid, sig, value) delivers value in si_value, with si_code SI_QUEUE",
      .reference = "sigqueue(3) \"DESCRIPTION\"",
      .how       = "The test process catches SIGRTMIN with SA_SIGINFO and sigqueue()s it to itself with "
                   "sival_int 4242: the handler must see si_code SI_QUEUE, si_value.sival_int 4242, "
                   "and its own pid as sender.");

PROBE_BODY
{
    sig_catch(SIGRTMIN, SA_SIGINFO);

    EXPECT_OK(sigqueue(getpid(), SIGRTMIN, (union sigval){ .sival_int = 4242 }));
    EXPECT_EQ(sig_count[SIGRTMIN], 1, "handler runs when sigqueue() to itself returns");
    EXPECT_EQ(sig_info.si_code, SI_QUEUE, "si_code (SI_QUEUE = -1)");
    EXPECT_EQ(sig_info.si_value.sival_int, 4242, "si_value.sival_int");
    EXPECT_EQ(sig_info.si_pid, getpid(), "si_pid");
}
