/*
 * main() of every probe.
 *
 *   probe --list     its metadata as one line of JSON
 *   probe --explain  the claim, the reference, the seed claims, how it is proved
 *   probe --box      the build's facts (libc, compiler, architecture) as JSON
 *   probe            runs the behaviour and prints exactly one verdict line on stdout:
 *                        PASS <id>
 *                        FAIL <id>: expected ...; observed ... [at file:line; see <reference>]
 *                        SKIP <id>: <reason>
 *                        ERROR <id>: <cause>
 *                    exit status 0 pass, 1 fail, 77 skip, 99 error.
 *
 * The body runs as the single test of a single Check TCase, always forked. Check's own
 * handlers for SIGALRM/SIGINT/SIGTERM are reset before the body, and the body's stdout is
 * sent to stderr so that nothing but the verdict reaches stdout.
 */
#include "probe.h"
#include "box.h"
#include "runner.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sched.h>
#include <sys/utsname.h>
#include <sys/wait.h>


enum { EXIT_PASS = 0, EXIT_FAIL = 1, EXIT_SKIP = 77, EXIT_ERROR = 99 };

pid_t probe_test_pid;

static const char *or_empty(const char *s) { return s ? s : ""; }

static double timeout_s(void)
{
    return probe_meta.timeout_s > 0 ? probe_meta.timeout_s : 4.0;
}

/* ---- verdict helpers called from the body --------------------------------------- */

static void end_test(const char *prefix, const char *file, int line, const char *fmt,
                     va_list ap)
{
    char msg[2048];
    vsnprintf(msg, sizeof msg, fmt, ap);
    if (getpid() != probe_test_pid) {
        /* A child of the body: never touch Check's message file; the parent judges. */
        fprintf(stderr, "ipcprobe: in child %d: %s%s\n", (int)getpid(), prefix, msg);
        _exit(PROBE_CHILD_VERDICT_EXIT);
    }
    _ck_assert_failed(file, line, "Failed", "%s%s", prefix, msg);
}

void probe_fail_at(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    end_test("", file, line, fmt, ap);
    va_end(ap);
    _exit(EXIT_ERROR); /* not reached */
}

void probe_skip_at(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    end_test("SKIP: ", file, line, fmt, ap);
    va_end(ap);
    _exit(EXIT_ERROR);
}

void probe_skip_absent_at(const char *file, int line, const char *fmt, ...)
{
    char msg[1024];
    struct utsname u;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (uname(&u) != 0)
        strcpy(u.release, "unknown");
    char since[64] = "";
    if (probe_meta.since && *probe_meta.since)
        snprintf(since, sizeof since, "; it came in Linux %s", probe_meta.since);
    const char *runs_on = getenv("IPCPROBE_RUNS_ON"); /* the runner's box fact, e.g. qemu-user 7.2 */
    if (runs_on && *runs_on && strcmp(runs_on, "host") != 0)
        probe_skip_at(file, line, "%s: this box (%s on Linux %s) lacks it%s", msg, runs_on,
                      u.release, since);
    probe_skip_at(file, line, "%s: this kernel (%s) lacks it%s", msg, u.release,
                  *since ? since : "; it came in Linux (unknown)");
}

long since_at(const char *file, int line, const char *call, long ret, int err, int absent_errno)
{
    if (ret == -1 && (err == ENOSYS || (absent_errno && err == absent_errno)))
        probe_skip_absent_at(file, line, "%s failed with %s", call, errno_name(err));
    errno = err;
    return ret;
}

void probe_error_at(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    char msg[2048];
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    /* A set-up step refused with ENOSPC hit a system-wide limit (msgmni, shmmni, semmni,
     * queues_max): the box cannot offer what the probe needs, which is a SKIP. */
    if (strstr(msg, "ENOSPC"))
        probe_skip_at(file, line, "a system limit is reached (raise it, e.g. kernel.msgmni, "
                      "kernel.shmmni, kernel.sem, fs.mqueue.queues_max): %s", msg);
    va_start(ap, fmt);
    end_test("ERROR: ", file, line, fmt, ap);
    va_end(ap);
    _exit(EXIT_ERROR);
}

/* ---- --list and --explain ------------------------------------------------------- */

static void json_string(const char *s)
{
    putchar('"');
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c == '\n')
            fputs("\\n", stdout);
        else if (c < 0x20)
            printf("\\u%04x", c);
        else
            putchar(c);
    }
    putchar('"');
}

/* A space-separated field as a JSON array of strings. */
static void json_words(const char *s)
{
    putchar('[');
    int first = 1;
    while (s && *s) {
        size_t skip = strspn(s, " "), len;
        s += skip;
        len = strcspn(s, " ");
        if (!len)
            break;
        printf("%s\"%.*s\"", first ? "" : ", ", (int)len, s);
        first = 0;
        s += len;
    }
    putchar(']');
}

static void print_list(void)
{
    const char *slash = strchr(probe_id, '/');
    printf("{\"id\": ");
    json_string(probe_id);
    printf(", \"mechanism\": \"%.*s\", \"name\": ", (int)(slash - probe_id), probe_id);
    json_string(slash + 1);
    printf(", \"claim\": ");
    json_string(probe_meta.claim);
    printf(", \"reference\": ");
    json_string(probe_meta.reference);
    printf(", \"seed\": ");
    json_words(probe_meta.seed);
    printf(", \"kind\": ");
    json_string(probe_meta.seed && *probe_meta.seed ? or_empty(probe_meta.kind) : "");
    printf(", \"how\": ");
    json_string(probe_meta.how);
    printf(", \"needs\": ");
    json_words(probe_meta.needs);
    printf(", \"layer\": ");
    json_string(probe_meta.layer ? probe_meta.layer : "kernel");
    printf(", \"since\": ");
    json_string(probe_meta.since);
    printf(", \"unmutable\": ");
    json_string(probe_meta.unmutable);
    printf(", \"timeout_s\": %g, \"source\": ", timeout_s());
    json_string(probe_source);
    printf("}\n");
}

static void print_explain(void)
{
    printf("%s\n\n", probe_id);
    printf("Claim:      %s\n", or_empty(probe_meta.claim));
    printf("Reference:  %s\n", or_empty(probe_meta.reference));
    if (probe_meta.seed && *probe_meta.seed)
        printf("Seed:       %s (%s the tutorial)\n", probe_meta.seed, or_empty(probe_meta.kind));
    if (probe_meta.needs && *probe_meta.needs)
        printf("Needs:      %s\n", probe_meta.needs);
    printf("Layer:      %s\n", probe_meta.layer ? probe_meta.layer : "kernel");
    if (probe_meta.since && *probe_meta.since)
        printf("Since:      Linux %s\n", probe_meta.since);
    printf("How:        %s\n", or_empty(probe_meta.how));
    printf("Source:     %s\n", probe_source);
}

/* ---- needs ---------------------------------------------------------------------- */

static int can_make_user_namespace(void)
{
    pid_t pid = fork();
    if (pid == 0)
        _exit(unshare(CLONE_NEWUSER) == 0 ? 0 : 1);
    int status;
    return pid > 0 && waitpid(pid, &status, 0) == pid && WIFEXITED(status) &&
           WEXITSTATUS(status) == 0;
}

static int on_path(const char *cmd)
{
    const char *path = getenv("PATH");
    char buf[4096];
    for (const char *p = path ? path : "/usr/bin:/bin"; *p;) {
        size_t len = strcspn(p, ":");
        snprintf(buf, sizeof buf, "%.*s/%s", (int)len, p, cmd);
        if (access(buf, X_OK) == 0)
            return 1;
        p += len + (p[len] == ':');
    }
    return 0;
}

/* Returns 0 if every need is met; else 77 (skip) or 99 (error) with reason filled. */
static int check_needs(char *reason, size_t len)
{
    const char *s = or_empty(probe_meta.needs);
    while (*s) {
        s += strspn(s, " ");
        size_t n = strcspn(s, " ");
        if (!n)
            break;
        char need[256];
        snprintf(need, sizeof need, "%.*s", (int)n, s);
        s += n;
        if (!strcmp(need, "root")) {
            if (geteuid() != 0) {
                snprintf(reason, len, "needs root (running as uid %d)", (int)geteuid());
                return EXIT_SKIP;
            }
        } else if (!strcmp(need, "userns")) {
            if (!can_make_user_namespace()) {
                snprintf(reason, len, "needs a user namespace (unshare(CLONE_NEWUSER) refused)");
                return EXIT_SKIP;
            }
        } else if (!strcmp(need, "netns")) {
            /* A network namespace of its own: the runner gives one; nothing to check here. */
        } else if (!strncmp(need, "cmd:", 4)) {
            if (!on_path(need + 4)) {
                snprintf(reason, len, "needs the command %s (not on PATH)", need + 4);
                return EXIT_SKIP;
            }
        } else if (!strncmp(need, "path:", 5)) {
            if (access(need + 5, F_OK) != 0) {
                snprintf(reason, len, "needs %s (%s)", need + 5, errno_name(errno));
                return EXIT_SKIP;
            }
        } else {
            snprintf(reason, len, "unknown need '%s' in the probe's metadata", need);
            return EXIT_ERROR;
        }
    }
    return 0;
}

/* ---- the run -------------------------------------------------------------------- */

static void fixture_setup(void)
{
    sigset_t none;
    probe_test_pid = getpid();
    /* Check's handlers would turn alarm() or raise(SIGINT) into a SIGKILL of the group. */
    signal(SIGALRM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    dup2(STDERR_FILENO, STDOUT_FILENO); /* stdout carries only the verdict */
}

START_TEST(probe_test)
{
    probe_body();
    cleanup_mark_body_returned();
}
END_TEST

static void verdict(const char *word, const char *msg)
{
    printf("%s %s", word, probe_id);
    if (msg && *msg) {
        fputs(": ", stdout);
        for (; *msg; msg++)
            putchar(*msg == '\n' ? ' ' : *msg);
    }
    putchar('\n');
    fflush(stdout);
}

static int judge(TestResult *tr)
{
    const char *msg = or_empty(tr_msg(tr));
    char buf[4096];

    if (tr_rtype(tr) == CK_PASS && !cleanup_body_returned()) {
        verdict("ERROR", "the test process exited 0 before the end of the body "
                         "(a child that returned into the test, or an exit() in the body?)");
        return EXIT_ERROR;
    }
    if (tr_rtype(tr) == CK_PASS) {
        verdict("PASS", NULL);
        return EXIT_PASS;
    }
    if (tr_rtype(tr) == CK_FAILURE && tr_ctx(tr) == CK_CTX_TEST) {
        if (!strncmp(msg, "SKIP: ", 6)) {
            verdict("SKIP", msg + 6);
            return EXIT_SKIP;
        }
        if (!strncmp(msg, "ERROR: ", 7)) {
            snprintf(buf, sizeof buf, "%s [at %s:%d]", msg + 7, tr_lfile(tr), tr_lno(tr));
            verdict("ERROR", buf);
            return EXIT_ERROR;
        }
        snprintf(buf, sizeof buf, "%s [at %s:%d; see %s]", msg, tr_lfile(tr), tr_lno(tr),
                 or_empty(probe_meta.reference));
        verdict("FAIL", buf);
        return EXIT_FAIL;
    }
    if (!strcmp(msg, "Test timeout expired"))
        snprintf(buf, sizeof buf, "timeout: the body did not finish within %.1f s",
                 timeout_s() * probe_ms(1000) / 1000.0);
    else if (!strncmp(msg, "Received signal", 15))
        snprintf(buf, sizeof buf, "the test process crashed: %s", msg);
    else
        snprintf(buf, sizeof buf, "%s%s (at %s:%d)",
                 tr_ctx(tr) == CK_CTX_SETUP ? "fixture failed: " : "", msg, tr_lfile(tr),
                 tr_lno(tr));
    verdict("ERROR", buf);
    return EXIT_ERROR;
}

static int run(void)
{
    const char *stem = strchr(probe_id, '/') + 1;
    char reason[512];
    int rc = check_needs(reason, sizeof reason);
    if (rc) {
        verdict(rc == EXIT_SKIP ? "SKIP" : "ERROR", reason);
        return rc;
    }

    /* The probe decides fork mode, selection, output and time scale, not the environment. */
    static const char *const ignored[] = { "CK_RUN_SUITE", "CK_RUN_CASE", "CK_INCLUDE_TAGS",
        "CK_EXCLUDE_TAGS", "CK_LOG_FILE_NAME", "CK_XML_LOG_FILE_NAME", "CK_TAP_LOG_FILE_NAME",
        "CK_VERBOSITY", "CK_FORK" };
    for (size_t i = 0; i < sizeof ignored / sizeof *ignored; i++)
        unsetenv(ignored[i]);
    setenv("CK_TIMEOUT_MULTIPLIER", "1", 1);

    cleanup_prepare(stem);
    Suite *suite = suite_create("ipcprobe");
    TCase *tc = tcase_create(stem);
    /* The runner's own bound is timeout_s scaled; Check's is a backstop just behind it. */
    tcase_set_timeout(tc, timeout_s() * probe_ms(1000) / 1000.0 + 2.0);
    tcase_add_checked_fixture(tc, fixture_setup, NULL);
    tcase_add_test(tc, probe_test);
    suite_add_tcase(suite, tc);
    SRunner *sr = srunner_create(suite);
    srunner_set_fork_status(sr, CK_FORK);
    srunner_run_all(sr, CK_SILENT);

    if (srunner_ntests_run(sr) != 1) {
        verdict("ERROR", "Check ran no test");
        rc = EXIT_ERROR;
    } else {
        TestResult **results = srunner_results(sr);
        rc = judge(results[0]);
        free(results);
    }
    srunner_free(sr);
    cleanup_run();
    return rc;
}

static void usage(FILE *out)
{
    fprintf(out,
            "usage: %s [--list | --explain | --box | --help]\n"
            "  (no option)  run the probe; one verdict line on stdout;\n"
            "               exit 0 pass, 1 fail, 77 skip, 99 error\n"
            "  --list       metadata as JSON     --explain  claim, reference, proof\n"
            "  --box        build facts as JSON  IPCPROBE_TIME_SCALE=N scales every bound\n",
            probe_id);
}

int main(int argc, char **argv)
{
    if (argc == 1)
        return run();
    if (argc == 2 && !strcmp(argv[1], "--list"))
        print_list();
    else if (argc == 2 && !strcmp(argv[1], "--explain"))
        print_explain();
    else if (argc == 2 && !strcmp(argv[1], "--box"))
        box_print_json(stdout);
    else if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
        usage(stdout);
    else {
        fprintf(stderr, "%s: unknown option '%s'\n", probe_id, argv[1]);
        usage(stderr);
        return EXIT_ERROR;
    }
    return 0;
}
