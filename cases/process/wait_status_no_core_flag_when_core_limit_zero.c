#include "probe.h"
#include "process.h"
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>

PROBE(.claim     = "A child killed by a core-dumping signal (SIGQUIT) with RLIMIT_CORE 0 dumps no "
                   "core: the wait status says killed by SIGQUIT with WCOREDUMP false",
      .reference = "wait(2) \"WCOREDUMP\"; core(5) \"DESCRIPTION\"",
      .seed      = "SEED-71",
      .kind      = "confirms",
      .how       = "The child sets RLIMIT_CORE to 0 and raises SIGQUIT; the parent requires "
                   "WIFSIGNALED, WTERMSIG == SIGQUIT and WCOREDUMP false. Skipped when "
                   "core_pattern pipes cores to a program, which ignores RLIMIT_CORE.");

static int child(void *arg)
{
    if (setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 }) != 0)
        return 1;
    signal(SIGQUIT, SIG_DFL);
    raise(SIGQUIT);
    return 2;
}

PROBE_BODY
{
    char pattern[256] = "";
    int fd = open("/proc/sys/kernel/core_pattern", O_RDONLY);
    if (fd >= 0) {
        read(fd, pattern, sizeof pattern - 1);
        close(fd);
    }
    if (pattern[0] == '|')
        probe_skip("core_pattern pipes cores to a program (%.*s), which does not honour "
                   "RLIMIT_CORE 0", (int)strcspn(pattern, "\n"), pattern);
    pid_t pid = probe_spawn(child, NULL);
    int status = process_wait_status(pid, PROBE_BOUND_MS);
    EXPECT_TRUE(status != -1 && WIFSIGNALED(status) && WTERMSIG(status) == SIGQUIT,
                "expected the child to be killed by SIGQUIT; observed %s", describe_status(status));
    EXPECT_TRUE(!WCOREDUMP(status),
                "expected WCOREDUMP false with RLIMIT_CORE 0; observed %s", describe_status(status));
}
