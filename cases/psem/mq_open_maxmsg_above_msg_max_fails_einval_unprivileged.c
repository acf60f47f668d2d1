#include "psem.h"
#include <fcntl.h>
#include <sys/wait.h>

PROBE(.claim     = "For a process without CAP_SYS_RESOURCE, mq_open(O_CREAT) with mq_maxmsg above "
                   "/proc/sys/fs/mqueue/msg_max fails with EINVAL (and at msg_max it succeeds)",
      .reference = "mq_open(3) \"ERRORS\" (EINVAL); mq_overview(7) \"/proc interfaces\" (msg_max)",
      .how       = "In a child that is unprivileged (dropped to nobody when root), mq_open(O_CREAT) "
                   "with maxmsg = msg_max + 1 and msgsize 8 must fail with EINVAL; maxmsg = "
                   "msg_max must then succeed, so the refusal is the limit and not something else.");

static long msg_max;
static const char *over, *at;

static int open_with(const char *name, long maxmsg)
{
    struct mq_attr attr = { .mq_maxmsg = maxmsg, .mq_msgsize = 8 };
    mqd_t q = mq_open(name, O_CREAT | O_EXCL | O_RDWR, 0600, &attr);
    return q == (mqd_t)-1 ? errno : 0;
}

static int unprivileged_opens(void *arg)
{
    if (geteuid() == 0 && probe_drop_to_nobody() != 0)
        return 200;
    int err = open_with(over, msg_max + 1);
    if (err != EINVAL)
        return err ? err : 201;
    return open_with(at, msg_max) ? 202 : 0;
}

PROBE_BODY
{
    msg_max = probe_sysctl("fs/mqueue/msg_max");
    over = psem_name("mq-over");
    at = psem_name("mq-at");
    probe_defer_remove(PROBE_POSIX_MQ, 0, over); /* in case the limit is not enforced */
    probe_defer_remove(PROBE_POSIX_MQ, 0, at);
    int err = open_with(at, 1);
    if (err == ENOSYS)
        probe_skip("POSIX message queues are not available (mq_open: ENOSYS)");
    if (err)
        probe_error("setup step mq_open(%s, maxmsg 1) failed: %s", at, errno_name(err));
    SETUP(mq_unlink(at));

    pid_t child = probe_spawn(unprivileged_opens, NULL);
    int status = probe_reap(child, PROBE_BOUND_MS);
    int code = status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (code == 200)
        probe_skip("cannot become an unprivileged user (nobody) to test the limit");
    if (code == 202)
        probe_error("mq_open with maxmsg = msg_max (%ld) also failed for nobody", msg_max);
    EXPECT_TRUE(code == 0, "mq_open(maxmsg = msg_max + 1 = %ld) unprivileged: expected EINVAL; "
                "observed %s", msg_max + 1, code == 201 ? "success" : code > 0 ? errno_name(code)
                : describe_status(status));
}
